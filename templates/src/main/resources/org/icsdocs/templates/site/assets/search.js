// Searches the index written at generation time (search-index.json): no server needed.
// Every word of the query must appear in a page's title, summary or text; an exact title, then title matches, rank first.
const results = document.getElementById('search-results');
const input = document.getElementById('search-query');
const query = new URLSearchParams(window.location.search).get('q') || '';
input.value = query;

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function score(page, words) {
  const title = page.title.toLowerCase();
  const body = (page.summary + ' ' + page.text).toLowerCase();
  let total = 0;
  for (const w of words) {
    if (title.includes(w)) total += 10;
    else if (body.includes(w)) total += 1;
    else return 0;
  }
  // a page named exactly as asked (a committee, a place) comes first
  return title === words.join(' ') ? total + 100 : total;
}

async function search() {
  const words = query.toLowerCase().split(/\s+/).filter(w => w.length > 0);
  if (words.length === 0) {
    return;
  }
  const response = await fetch('search-index.json');
  const pages = await response.json();
  const found = pages.map(p => ({ page: p, score: score(p, words) }))
    .filter(r => r.score > 0)
    .sort((a, b) => b.score - a.score || a.page.title.localeCompare(b.page.title));
  const heading = `<h2>${found.length} ${found.length === 1 ? 'result' : 'results'} for “${escapeHtml(query)}”</h2>`;
  const list = found.map(r => `<li class="ics-search-result"><a href="${escapeHtml(r.page.url)}">${escapeHtml(r.page.title)}</a><p class="nhsuk-body-s">${escapeHtml(r.page.summary)}</p></li>`).join('');
  results.innerHTML = heading + (found.length ? `<ul class="nhsuk-list">${list}</ul>` : '<p>Try other words.</p>');
}

search();
