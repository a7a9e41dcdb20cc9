// Sorting and filtering of the listed invitations, and what is folded away opened for print. Without this script
// the page shows every row, in file order.
(() => {
  'use strict';
  // A closed <details> would print as its summary alone.
  const folded = Array.from(document.querySelectorAll('details'));
  let closedBeforePrint = [];
  window.addEventListener('beforeprint', () => {
    closedBeforePrint = folded.filter(details => !details.open);
    closedBeforePrint.forEach(details => { details.open = true; });
  });
  window.addEventListener('afterprint', () => closedBeforePrint.forEach(details => { details.open = false; }));

  const table = document.getElementById('listing');
  if (!table) {
    return;
  }
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const verdict = document.getElementById('filter-verdict');
  const reason = document.getElementById('filter-reason');
  const words = document.getElementById('filter-words');
  const shown = document.getElementById('shown');
  // Counts as the page writes them, whatever the browser's language: 1,127.
  const grouped = number => number.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  // The choices are what the rows hold: the verdicts generic first, as the text report groups them, and reasons in
  // the words of the rows' "why", alphabetically.
  const present = new Set(rows.map(row => row.dataset.verdict));
  ['generic', 'default', 'personalized'].filter(id => present.has(id))
    .forEach(id => verdict.add(new Option(id, id)));
  const reasonWords = new Map();
  for (const row of rows) {
    const words = row.querySelector('td[data-label="why"]').textContent.split(', ');
    row.dataset.reasons.split(' ').forEach((id, i) => {
      if (id && !reasonWords.has(id)) {
        reasonWords.set(id, words[i]);
      }
    });
  }
  Array.from(reasonWords).sort((a, b) => a[1].localeCompare(b[1]))
    .forEach(([id, words]) => reason.add(new Option(words, id)));
  document.getElementById('filters').hidden = false;

  const narrow = () => {
    const wantedVerdict = verdict.value;
    const wantedReason = reason.value;
    const wantedWords = words.value.trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const keep = (!wantedVerdict || row.dataset.verdict === wantedVerdict)
        && (!wantedReason || row.dataset.reasons.split(' ').includes(wantedReason))
        && (!wantedWords || row.textContent.toLowerCase().includes(wantedWords));
      row.hidden = !keep;
      if (keep) {
        count++;
      }
    }
    shown.value = count === rows.length ? grouped(count) + ' shown'
      : grouped(count) + ' of ' + grouped(rows.length) + ' shown';
  };
  verdict.addEventListener('change', narrow);
  reason.addEventListener('change', narrow);
  words.addEventListener('input', narrow);
  document.getElementById('filters').addEventListener('submit', event => event.preventDefault());

  const key = (row, column) => {
    const cell = row.cells[column];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
  };
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const headings = Array.from(table.tHead.rows[0].cells);
  headings.forEach((heading, column) => {
    heading.querySelector('button').addEventListener('click', () => {
      const ascending = heading.getAttribute('aria-sort') !== 'ascending';
      headings.forEach(other => other.removeAttribute('aria-sort'));
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      // Array.prototype.sort is stable: rows that tie keep the order they had.
      rows.sort((a, b) => (ascending ? 1 : -1) * collator.compare(key(a, column), key(b, column)));
      body.append(...rows);
    });
  });
})();
