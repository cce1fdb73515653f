// "Who can approve this?": a progressive enhancement of the page's tables, which work without it.
// Reads the kind of decision and an amount, and names the first row of that decision's table
// whose limit reaches the amount.
const form = document.getElementById('approve-form');
const answer = document.getElementById('approve-answer');

function pounds(text) {
  const m = /^£?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(bn|m|k)?$/i.exec(text.trim());
  if (!m) {
    return null;
  }
  const scale = { bn: 1e9, m: 1e6, k: 1e3 }[(m[2] || '').toLowerCase()] || 1;
  return Number(m[1].replace(/,/g, '')) * scale;
}

if (form && answer) {
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const category = form.elements.category.value;
    const amount = pounds(form.elements.amount.value);
    const table = document.getElementById('approve-' + category);
    document.querySelectorAll('tr.ics-approve-match').forEach((row) => row.classList.remove('ics-approve-match'));
    if (amount === null || !table) {
      answer.textContent = 'Enter the amount in pounds, for example 250000 or £2.5m.';
      return;
    }
    const rows = Array.from(table.tBodies[0].rows);
    const match = rows.find((row) => !row.dataset.limit || Number(row.dataset.limit) >= amount);
    if (!match) {
      answer.textContent = 'Nobody this scheme lists may take this decision at that amount.';
      return;
    }
    match.classList.add('ics-approve-match');
    answer.textContent = match.dataset.holder + ' may take this decision (limit per decision: ' + match.dataset.limitText + '). '
      + 'The table below gives the conditions.';
    table.scrollIntoView({ block: 'nearest' });
  });
}
