// `resolve report`: one self-contained HTML page about an archive — counts by
// status, overdue and upcoming tasks, a timeline of deadlines by month, tasks by
// addressee, by organisation and by document, with filters — each task linking
// back to its document and line. Decisions carried out by adopting the document
// ("принять к сведению") are left out: nobody has work to do for them.
import { STATUS_RU } from '../export/columns.js';
import type { DocumentOutcome } from '../export/xlsx.js';
import type { TaskRow, TaskStatus } from '../export/rows.js';
import { STYLE, SCRIPT } from './assets.js';

export interface ReportInput {
  documents: DocumentOutcome[];
  today: string;
  /** the document's path as given → its link from the report's folder */
  linkOf(file: string): string;
}

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const STATUSES: TaskStatus[] = ['overdue', 'soon', 'on-time', 'no-deadline'];
const collator = new Intl.Collator('ru', { numeric: true });

export function renderReport(input: ReportInput): string {
  const tasks = input.documents.flatMap((d) => d.table?.tasks ?? []).filter((t) => !t.selfExecuting);
  const failed = input.documents.filter((d) => d.failure).length;
  const count = (s: TaskStatus) => tasks.filter((t) => t.status === s).length;
  const row = (t: TaskRow) => taskRow(t, input.linkOf);
  const urgent = tasks.filter((t) => t.status === 'overdue' || t.status === 'soon').sort(byEnd);
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Сроки по документам — на ${ruDate(input.today)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Сроки по документам</h1>
<p>На ${ruDate(input.today)}: ${plural(input.documents.length, 'документ', 'документа', 'документов')}${failed ? ` (не прочитано: ${failed})` : ''}, ${plural(tasks.length, 'задача', 'задачи', 'задач')} к исполнению.</p>
<div class="summary">${STATUSES.map((s) => `<div class="count ${s}"><b>${count(s)}</b> ${STATUS_RU[s]}</div>`).join('')}</div>
${filters(tasks)}
<section data-group id="urgent"><h2>Просрочено и скоро (14 дней)</h2>${table(urgent.map(row))}</section>
<section data-group id="months"><h2>Сроки по месяцам</h2>${timeline(tasks, row)}</section>
<section id="addressees"><h2>По адресатам</h2>${groups(tasks, (t) => splitList(t.addressee), row, 'Без адресата')}</section>
<section id="organizations"><h2>По организациям</h2>${groups(tasks, (t) => t.organizations, row, null)}</section>
<section id="all"><h2>Все задачи по документам</h2>${byDocument(input, row)}</section>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function filters(tasks: TaskRow[]): string {
  const options = (values: string[]) => ['<option value="">все</option>', ...values.map((v) => `<option>${esc(v)}</option>`)].join('');
  const distinct = (pick: (t: TaskRow) => string[]) => [...new Set(tasks.flatMap(pick))].sort(collator.compare);
  return `<form class="filters" aria-label="Фильтры">
<label>Поиск<input name="q" type="search" placeholder="слово из задачи"></label>
<label>Статус<select name="status"><option value="">все</option>${STATUSES.map((s) => `<option value="${s}">${STATUS_RU[s]}</option>`).join('')}</select></label>
<label>Адресат<select name="addressee">${options(distinct((t) => splitList(t.addressee)))}</select></label>
<label>Организация<select name="org">${options(distinct((t) => t.organizations))}</select></label>
<span class="muted">показано задач: <b id="shown">${tasks.length}</b></span>
</form>`;
}

function timeline(tasks: TaskRow[], row: (t: TaskRow) => string): string {
  const byMonth = new Map<string, TaskRow[]>();
  for (const t of [...tasks].sort(byEnd)) {
    if (!t.end) continue;
    const month = t.end.slice(0, 7);
    push(byMonth, month, t);
  }
  if (byMonth.size === 0) return '<p class="muted">Ни у одной задачи нет даты.</p>';
  const most = Math.max(...[...byMonth.values()].map((l) => l.length));
  const bars = [...byMonth].map(([month, list]) => {
    const overdue = list.filter((t) => t.status === 'overdue').length;
    const style = `width:${((100 * list.length) / most).toFixed(1)}%${overdue ? `;--overdue-share:${((100 * overdue) / list.length).toFixed(1)}%` : ''}`;
    const label = `${plural(list.length, 'задача', 'задачи', 'задач')}${overdue ? `, просрочено ${overdue}` : ''}`;
    return `<div class="month"><a href="#m-${month}">${monthName(month)}</a> <div class="bar${overdue ? ' has-overdue' : ''}" style="${style}"></div> <span>${label}</span></div>`;
  });
  const lists = [...byMonth].map(([month, list]) => `<div data-group id="m-${month}"><h3>${monthName(month)}</h3>${table(list.map(row))}</div>`);
  return bars.join('\n') + lists.join('\n');
}

function groups(tasks: TaskRow[], keys: (t: TaskRow) => string[], row: (t: TaskRow) => string, none: string | null): string {
  const by = new Map<string, TaskRow[]>();
  for (const t of tasks) {
    const ks = keys(t);
    for (const k of ks.length ? ks : none ? [none] : []) push(by, k, t);
  }
  if (by.size === 0) return '<p class="muted">Нет.</p>';
  return [...by]
    .sort((a, b) => b[1].length - a[1].length || collator.compare(a[0], b[0]))
    .map(([k, list]) => `<div data-group><h3>${esc(k)} <span class="muted">— ${list.length}</span></h3>${table(list.sort(byEnd).map(row))}</div>`)
    .join('\n');
}

function byDocument(input: ReportInput, row: (t: TaskRow) => string): string {
  return input.documents
    .map(({ file, table: t, failure }) => {
      const head = `<h3><a href="${esc(input.linkOf(file))}">${esc(file)}</a>${t?.document.title ? ` <span class="muted">— ${esc(t.document.title)}${t.document.date ? `, ${ruDate(t.document.date)}` : ''}</span>` : ''}</h3>`;
      if (failure) return `<div>${head}<p class="failed">Не прочитан: ${esc(failure)}</p></div>`;
      const tasks = (t?.tasks ?? []).filter((x) => !x.selfExecuting);
      return `<div data-group>${head}${tasks.length ? table(tasks.map(row)) : '<p class="muted">Задач нет.</p>'}</div>`;
    })
    .join('\n');
}

function table(rows: string[]): string {
  if (!rows.length) return '<p class="muted">Нет.</p>';
  return `<table><thead><tr><th>Срок</th><th>Статус</th><th>Задача</th><th>Адресат</th><th>Где</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function taskRow(t: TaskRow, linkOf: (file: string) => string): string {
  const when = t.end ? ruDate(t.end) : '';
  const written = t.deadline && t.deadline !== when ? `<div class="muted">${esc(t.deadline)}</div>` : '';
  const data = `data-task data-status="${t.status}" data-addressee="${esc(splitList(t.addressee).join('\n'))}" data-orgs="${esc(t.organizations.join('\n'))}"`;
  const number = t.number ? `<span class="number">${esc(t.number)}.</span>` : '';
  const where = `<a href="${esc(linkOf(t.file))}">${esc(t.file.split(/[\\/]/).pop() ?? t.file)}</a>, строка ${t.line}`;
  return `<tr ${data}><td class="when">${when}${written}</td><td class="status status-${t.status}">${STATUS_RU[t.status]}</td><td>${number}${esc(t.task)}</td><td>${esc(t.addressee || t.responsible)}</td><td class="where">${where}</td></tr>`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byEnd = (a: TaskRow, b: TaskRow) => (a.end ?? '9999').localeCompare(b.end ?? '9999') || a.file.localeCompare(b.file) || a.line - b.line;
const splitList = (text: string) => (text ? text.split('; ') : []);
const ruDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const monthName = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

function plural(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  return `${n} ${d === 1 && dd !== 11 ? one : d >= 2 && d <= 4 && (dd < 12 || dd > 14) ? few : many}`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
