// The columns of the task table, shared by the "Задачи" sheet and the CSV so the two
// never drift apart: Russian headers and words by default (what methodists read),
// English ones with --lang en (what scripts read: the codes of the JSON output).
// Columns are only ever added at the end, so a table built on an earlier export
// keeps working.
import type { DeadlineKind } from '../../shared/schema/output.js';
import type { DocumentFacts, TaskRow, TaskStatus } from './rows.js';

export type Lang = 'ru' | 'en';

export type CellValue = string | number | { date: string } | null;

export interface Column {
  ru: string;
  en: string;
  /** width in characters in the workbook */
  width: number;
  /** long text: wrapped in the workbook */
  wrap?: boolean;
  value(row: TaskRow, lang: Lang): CellValue;
}

const KIND_RU: Record<DocumentFacts['kind'], string> = {
  resolution: 'резолюция',
  protocol: 'протокол',
  decision: 'решение',
  report: 'отчёт',
  other: 'другое',
};

const DEADLINE_KIND_RU: Record<DeadlineKind, string> = {
  by: 'до',
  period: 'период',
  date: 'дата',
  ongoing: 'постоянно',
  recurring: 'регулярно',
  unparsed: 'не распознан',
};

export const STATUS_RU: Record<TaskStatus, string> = {
  overdue: 'просрочено',
  soon: 'скоро',
  'on-time': 'в срок',
  'no-deadline': 'без срока',
};

export const kindWord = (kind: DocumentFacts['kind'], lang: Lang): string => (lang === 'ru' ? KIND_RU[kind] : kind);
const date = (iso: string | null): CellValue => (iso ? { date: iso } : null);

export const TASK_COLUMNS: Column[] = [
  { ru: 'Документ', en: 'file', width: 30, value: (r) => r.file },
  { ru: 'Вид', en: 'kind', width: 12, value: (r, l) => kindWord(r.kind, l) },
  { ru: 'Дата документа', en: 'document_date', width: 12, value: (r) => date(r.date) },
  { ru: 'Название', en: 'title', width: 40, wrap: true, value: (r) => r.title },
  { ru: '№', en: 'number', width: 8, value: (r) => r.number },
  { ru: 'Адресат', en: 'addressee', width: 30, wrap: true, value: (r) => r.addressee },
  { ru: 'Ответственный', en: 'responsible', width: 20, wrap: true, value: (r) => r.responsible },
  { ru: 'Задача', en: 'task', width: 70, wrap: true, value: (r) => r.task },
  { ru: 'Срок', en: 'deadline', width: 22, wrap: true, value: (r) => r.deadline },
  { ru: 'Вид срока', en: 'deadline_kind', width: 13, value: (r, l) => (r.deadlineKind ? (l === 'ru' ? DEADLINE_KIND_RU[r.deadlineKind] : r.deadlineKind) : null) },
  { ru: 'Начало', en: 'deadline_start', width: 12, value: (r) => date(r.start) },
  { ru: 'Окончание', en: 'deadline_end', width: 12, value: (r) => date(r.end) },
  { ru: 'Статус', en: 'status', width: 12, value: (r, l) => (l === 'ru' ? STATUS_RU[r.status] : r.status) },
  { ru: 'Организации', en: 'organizations', width: 30, wrap: true, value: (r) => r.organizations.join('; ') },
  { ru: 'Строка', en: 'line', width: 8, value: (r) => r.line },
  // a decision carried out by adopting the document ("Информацию принять к сведению"): nothing to track
  { ru: 'Исполнено принятием', en: 'self_executing', width: 12, value: (r, l) => (l === 'ru' ? (r.selfExecuting ? 'да' : null) : String(r.selfExecuting)) },
];

export const header = (columns: Column[], lang: Lang): string[] => columns.map((c) => c[lang]);
