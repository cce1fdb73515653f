// Searches the index written at generation time (search-index.json) in the browser: no server, and no request
// beyond this site. lunr (assets/lunr/, MIT) stems English words with the Porter algorithm, drops stop words and
// ranks by BM25; the index is built here from the words as written, so the stemmer runs once, in one place, for
// the pages and the query alike.
//
// Ranking: a hit in a title counts ten times a hit in the body, a heading inside the entry four times, and a
// cover sheet's fields (the same on every board paper) a tenth, so a page about a subject outranks a paper
// whose cover sheet only names it. An entry matching every word of the query comes before one matching some,
// and among those, one whose title holds more of the query's words.
const results = document.getElementById('search-results');
const status = document.getElementById('search-status');
const input = document.getElementById('search-query');
const query = (new URLSearchParams(window.location.search).get('q') || '').trim();
input.value = query;

const FIELDS = { title: 10, headings: 4, summary: 2, text: 1, cover: 0.1 };
const EXCERPT = 220;
const SHOWN = 50;

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** The query's words as lunr indexes them: trimmed of punctuation, stop words left out. */
function terms(text) {
  return lunr.tokenizer(text).map(t => lunr.trimmer(t)).filter(t => lunr.stopWordFilter(t)).map(t => t.toString()).filter(t => t.length > 0);
}

function build(entries) {
  return lunr(function () {
    this.ref('i');
    for (const [field, boost] of Object.entries(FIELDS)) {
      this.field(field, { boost });
    }
    this.metadataWhitelist = ['position'];
    entries.forEach((e, i) => this.add({ i, title: e.title, headings: e.headings || '', summary: e.summary || '', text: e.text || '', cover: e.cover || '' }));
  });
}

/** The entries that match, best first: those with every word of the query, then by lunr's score. */
function rank(entries, index, text) {
  const words = terms(text);
  if (words.length === 0) {
    return [];
  }
  const wanted = new Set(words.map(w => lunr.stemmer(new lunr.Token(w)).toString()));
  const hits = index.query(q => words.forEach(w => q.term(w, { presence: lunr.Query.presence.OPTIONAL })));
  const exact = text.toLowerCase().replace(/\s+/g, ' ');
  return hits.map(hit => {
    const entry = entries[Number(hit.ref)];
    const found = Object.keys(hit.matchData.metadata).filter(t => wanted.has(t)).length;
    // a page named exactly as asked (a committee, a place) comes first among those that match every word
    const named = entry.title.toLowerCase() === exact ? 2 : 1;
    // then those whose title holds more of the query's words: a page titled with the question's words is about it,
    // however often a longer page repeats one of them
    const titled = Object.entries(hit.matchData.metadata).filter(([t, fields]) => wanted.has(t) && fields.title).length;
    return { entry, metadata: hit.matchData.metadata, all: found >= wanted.size, titled, score: hit.score * named };
  }).sort((a, b) => (b.all - a.all) || (b.titled - a.titled) || (b.score - a.score) || a.entry.title.localeCompare(b.entry.title));
}

/** Where the query's words are in one field of an entry: [start, length] pairs, in order. */
function positions(metadata, field) {
  const all = [];
  for (const term of Object.values(metadata)) {
    if (term[field]) {
      all.push(...term[field].position);
    }
  }
  return all.sort((a, b) => a[0] - b[0]);
}

/** The text with the words at those positions marked, escaped for HTML. */
function mark(text, spots) {
  let html = '';
  let at = 0;
  for (const [from, whole] of spots) {
    if (from < at) {
      continue;
    }
    // lunr's position covers the token before its punctuation is trimmed ("(Audit", "interest,"): mark the word only
    let start = from;
    let length = whole;
    while (length > 1 && !/[\p{L}\p{N}]/u.test(text.charAt(start))) {
      start++;
      length--;
    }
    while (length > 1 && !/[\p{L}\p{N}]/u.test(text.charAt(start + length - 1))) {
      length--;
    }
    html += escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, start + length)) + '</mark>';
    at = start + length;
  }
  return html + escapeHtml(text.slice(at));
}

/** A passage around the first matched word of the body (or the cover sheet, or the summary), with the words marked. */
function excerpt(entry, metadata) {
  for (const field of ['text', 'cover', 'headings', 'summary']) {
    const text = entry[field] || '';
    const spots = positions(metadata, field);
    if (spots.length === 0) {
      continue;
    }
    let start = Math.max(0, spots[0][0] - 60);
    if (start > 0) {
      start = text.indexOf(' ', start) + 1;
    }
    let end = Math.min(text.length, start + EXCERPT);
    if (end < text.length) {
      end = Math.max(text.lastIndexOf(' ', end), spots[0][0] + spots[0][1]);
    }
    const shown = spots.filter(([s, l]) => s >= start && s + l <= end).map(([s, l]) => [s - start, l]);
    return (start > 0 ? '… ' : '') + mark(text.slice(start, end), shown) + (end < text.length ? ' …' : '');
  }
  return escapeHtml(entry.summary || '');
}

function render(found) {
  const count = `${found.length} ${found.length === 1 ? 'result' : 'results'} for “${escapeHtml(query)}”`;
  status.innerHTML = `<h2 class="nhsuk-heading-m">${found.length > SHOWN ? `${count}; the first ${SHOWN} are shown` : count}</h2>`;
  const list = found.slice(0, SHOWN).map(r => {
    const where = r.entry.page ? `<p class="nhsuk-body-s ics-search-result__page">In ${escapeHtml(r.entry.page)}</p>` : '';
    return `<li class="ics-search-result"><a href="${escapeHtml(r.entry.url)}">${mark(r.entry.title, positions(r.metadata, 'title'))}</a>`
      + `${where}<p class="nhsuk-body-s ics-search-result__excerpt">${excerpt(r.entry, r.metadata)}</p></li>`;
  }).join('');
  results.innerHTML = found.length ? `<ol class="nhsuk-list ics-search-results">${list}</ol>` : '<p>Try other words, or browse from the menu.</p>';
}

async function search() {
  if (query.length === 0) {
    return;
  }
  status.textContent = 'Searching…';
  const response = await fetch('search-index.json');
  const entries = await response.json();
  render(rank(entries, build(entries), query));
}

search();
