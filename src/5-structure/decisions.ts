// Why the structure is what it is: every decision the structure stage takes
// about a block — a section, an addressee, a task or not, whose task, by when —
// with the id of the rule that took it (like compromise's `reason` or an
// ESLint rule id) and the line it rests on. `resolve parse --explain` prints
// them as an outline; the JSON output never carries them. Recording is off
// (no list at all) unless a caller asks for it, so a normal parse pays nothing.

/** The rules, each with what it means in the users' language. */
export const REASONS = {
  'section.protocol-part': 'постоянная часть протокола («Повестка дня», «РЕШИЛИ»)',
  'section.heading': 'заголовок',
  'section.roman': 'пункт с римским номером, не поручение и не адресат',
  'section.embedded-title': 'название второго документа в том же файле',
  'section.topic': 'короткая строка без номера перед адресатом или списком поручений',
  'section.plan-group': 'строка-группа таблицы плана',
  'section.list-end': 'раздел, что объявляет список не поручений (повестка, присутствующие, выступившие), кончается с этим списком',
  'addressee.header': 'заголовок, называющий адресата (дательный падеж, «Для …», организация), кончается двоеточием',
  'addressee.heading': 'заголовок документа (Markdown, HTML) называет адресата',
  'task.infinitive': 'начинается с инфинитива',
  'task.lead-verb': 'начинается с глагола-поручения («Рекомендовать», «Поручить»)',
  'task.time-then-verb': 'срок, затем инфинитив («До 1 марта провести …»)',
  'task.inline-addressee': 'адресат в начале, затем инфинитив («Руководителям ОО обеспечить …»)',
  'task.charge': 'возлагает исполнение на кого-то («… возложить на …»)',
  'task.early-infinitive': 'инфинитив в первом предложении пункта под адресатом или «РЕШИЛИ:»',
  'task.plan-row': 'строка таблицы плана мероприятий',
  'task.second-paragraph': 'абзац без номера между пунктами продолжает пункт выше',
  'task.items-complete': 'подпункт дополняет поручение с двоеточием («Провести:»)',
  'task.container-dropped': 'поручение с двоеточием уступает подпунктам-поручениям',
  'task.self-executing': 'решение исполняется принятием документа («принять к сведению», «утвердить»)',
  'not-task.non-task-list': 'в списке не поручений (повестка, темы, практики, участники)',
  'not-task.no-directive': 'не начинается с поручения',
  'not-task.protocol-record': 'запись хода заседания («СЛУШАЛИ:», «ВЫСТУПИЛИ:»), не решение',
  'addressee.inline': 'адресат назван в начале пункта',
  'addressee.charged': 'адресат назван после «возложить на»',
  'addressee.block': 'адресат из заголовка выше',
  'addressee.none': 'адресат не назван',
  'deadline.own-text': 'срок в тексте поручения',
  'deadline.annotation': 'строка «Срок: …» относится к этому пункту',
  'deadline.list-annotation': 'строка «Срок: …» после списка относится ко всем его пунктам',
  'deadline.table-cell': 'ячейка «Срок» строки плана',
  'deadline.none': 'срок не указан',
  'date.title': 'дата в самом заголовке («Протокол № 3 от 15.03.2024»)',
  'date.preamble': 'первая дата под заголовком (строка даты, место и дата, «от … №»)',
  'date.held-day': 'месяц под заголовком, день — из предложения о том, когда прошло событие',
  'date.approval-stamp': 'дата грифа утверждения над заголовком (документ больше нигде не датирован)',
  'date.source': 'дата вне текста: заголовок веб-страницы или front matter Markdown',
  'date.none': 'дата документа не найдена',
} as const;

export type ReasonId = keyof typeof REASONS;

export interface Decision {
  /** 1-based source line the decision is about */
  line: number;
  /** what was decided, in the users' language ("задача t3 (2.1)", "адресат a1 «…»") */
  subject: string;
  reason: ReasonId;
  /** the evidence: a word, a line it rests on ("заголовок в строке 14") */
  detail?: string;
}

/** The decisions of one document, in the order they were taken. */
export class Decisions {
  readonly list: Decision[] = [];

  add(line: number, subject: string, reason: ReasonId, detail?: string): void {
    this.list.push(detail === undefined ? { line, subject, reason } : { line, subject, reason, detail });
  }

  /** By source line, then in the order taken (a stable sort). */
  sorted(): Decision[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
}
