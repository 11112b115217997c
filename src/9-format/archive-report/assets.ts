// The style and the script of the archive report, inlined into the page: it must
// open from a USB stick or an e-mail attachment with no network (no CDN, no fonts).

export const STYLE = `
:root { --overdue: #b3261e; --soon: #a15c00; --ok: #2e6b30; --none: #666; --line: #ddd; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #333; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.summary { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
.count { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 9rem; }
.count b { display: block; font-size: 1.6rem; }
.overdue b, .status-overdue { color: var(--overdue); }
.soon b, .status-soon { color: var(--soon); }
.on-time b, .status-on-time { color: var(--ok); }
.no-deadline b, .status-no-deadline { color: var(--none); }
.filters { position: sticky; top: 0; background: #f6f6f6; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; display: flex; gap: .75rem; flex-wrap: wrap; align-items: end; z-index: 1; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; }
.filters input, .filters select { font: inherit; padding: .2rem .3rem; max-width: 22rem; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
td.when { white-space: nowrap; width: 7.5rem; }
td.status { white-space: nowrap; width: 6.5rem; }
td.where { width: 14rem; font-size: .9rem; }
.number { color: #555; margin-right: .3rem; }
.month { display: grid; grid-template-columns: 10rem 1fr 11rem; gap: .5rem; align-items: center; margin: .15rem 0; }
.bar { height: .9rem; background: #4a78b5; border-radius: 2px; }
.bar.has-overdue { background: linear-gradient(90deg, var(--overdue) var(--overdue-share), #4a78b5 var(--overdue-share)); }
.muted { color: #666; }
.failed { color: var(--overdue); }
@media print {
  .filters { display: none; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

/**
 * Filters: every task element carries data-status, data-addressee and data-orgs
 * (one value a line); a group whose tasks are all hidden is hidden too. The state
 * lives in the address ("#status=overdue&org=СОШ 12 | Ачинск"), so a filtered view
 * can be bookmarked or sent.
 */
export const SCRIPT = `
(() => {
  const form = document.querySelector('.filters');
  const fields = ['q', 'status', 'addressee', 'org'];
  const read = () => new URLSearchParams(location.hash.slice(1));
  const has = (list, value) => list.split('\\n').includes(value);
  function apply() {
    const p = read();
    const q = (p.get('q') || '').toLowerCase().replace(/ё/g, 'е');
    const status = p.get('status') || '', addressee = p.get('addressee') || '', org = p.get('org') || '';
    for (const name of fields) if (form.elements[name]) form.elements[name].value = p.get(name) || '';
    let shown = 0;
    for (const el of document.querySelectorAll('[data-task]')) {
      const ok = (!status || el.dataset.status === status)
        && (!addressee || has(el.dataset.addressee, addressee))
        && (!org || has(el.dataset.orgs, org))
        && (!q || el.textContent.toLowerCase().replace(/ё/g, 'е').includes(q));
      el.hidden = !ok;
      if (ok && el.closest('#all')) shown++;
    }
    for (const g of document.querySelectorAll('[data-group]')) g.hidden = !g.querySelector('[data-task]:not([hidden])');
    document.getElementById('shown').textContent = shown;
  }
  form.addEventListener('input', () => {
    const p = new URLSearchParams();
    for (const name of fields) if (form.elements[name].value) p.set(name, form.elements[name].value);
    history.replaceState(null, '', '#' + p.toString());
    apply();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('hashchange', apply);
  apply();
})();
`;
