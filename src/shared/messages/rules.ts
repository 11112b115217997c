// What each rule says, in Russian (the default: the users are Russian
// methodists) and English (`--lang en`). Rule ids stay English. Templates take
// named values: "Пункт {item}: …". The stages of parse report through rules
// of their own here too (invalid-bytes), so every message has a rule id.
import { formatText, type Lang, type Text } from './lang.js';

interface RuleText {
  description: Text;
  messages: Record<string, Text>;
}

export const RULE_TEXT = {
  'invalid-bytes': {
    description: {
      ru: 'Байты, которые не читаются в кодировке файла (файл повреждён или сохранён в смешанной кодировке)',
      en: 'Bytes that are not valid in the file’s encoding (a damaged file, or one saved in mixed encodings)',
    },
    messages: {
      replaced: {
        ru: 'Байты не в кодировке {encoding}: {count}; они заменены знаком «\uFFFD» — пересохраните файл',
        en: 'Bytes not valid in {encoding}: {count}; they were replaced by “\uFFFD” — save the file again',
      },
    },
  },
  'deadline-missing': {
    description: {
      ru: 'Пункт без срока в списке, где у большинства пунктов срок указан',
      en: 'A task without a deadline in a list where most tasks have one',
    },
    messages: {
      missing: {
        ru: 'Пункт {item}: не указан срок исполнения, хотя у других пунктов этого списка он есть',
        en: 'Item {item}: no deadline, though other items of this list have one',
      },
    },
  },
  'deadline-unparsed': {
    description: { ru: 'Срок исполнения записан так, что его нельзя понять', en: 'A deadline phrase that is not understood' },
    messages: {
      unparsed: {
        ru: 'Срок «{text}» не распознан: укажите дату или период',
        en: 'The deadline “{text}” is not understood: give a date or a period',
      },
    },
  },
  'deadline-invalid-date': {
    description: { ru: 'В сроке указана несуществующая дата (31.02, 30 февраля)', en: 'A deadline with a date that does not exist (31.02, 30 February)' },
    messages: {
      invalid: { ru: 'В сроке «{text}» указана несуществующая дата', en: 'The deadline “{text}” has a date that does not exist' },
    },
  },
  'deadline-year-unknown': {
    description: { ru: 'Срок без года в документе без даты', en: 'A deadline without a year in a document without a date' },
    messages: {
      unknown: {
        ru: 'В сроке «{text}» не указан год, а дата документа неизвестна: укажите год',
        en: 'The deadline “{text}” gives no year, and the document has no date to take it from: give the year',
      },
    },
  },
  'deadline-before-adoption': {
    description: { ru: 'Срок истекает раньше даты принятия документа', en: 'A deadline that ends before the document was adopted' },
    messages: {
      before: {
        ru: 'Срок «{text}» истекает ({end}) раньше даты документа ({date})',
        en: 'The deadline “{text}” ends ({end}) before the document’s date ({date})',
      },
    },
  },
  'addressee-missing': {
    description: { ru: 'Пункт без адресата в документе, где адресаты указаны', en: 'A task with no addressee in a document that names addressees' },
    messages: {
      missing: {
        ru: 'Пункт {item}: не указан адресат, хотя в документе адресаты есть',
        en: 'Item {item}: no addressee, though the document names addressees',
      },
    },
  },
  'addressee-empty': {
    description: { ru: 'Адресат, после которого нет ни одного пункта', en: 'An addressee header with no tasks under it' },
    messages: {
      empty: { ru: 'У адресата «{text}» нет ни одного пункта', en: 'The addressee “{text}” has no tasks under it' },
    },
  },
  'duplicate-item': {
    description: { ru: 'Один и тот же пункт дважды в одном списке', en: 'The same item twice in one list' },
    messages: {
      duplicate: { ru: 'Пункт повторяет пункт этого же списка', en: 'This item repeats an item of the same list' },
    },
  },
  numbering: {
    description: {
      ru: 'Пропуски, повторы и перезапуски нумерации, разное оформление номеров в одном списке',
      en: 'Gaps, repeats or restarts in a numbered list, or labels written in mixed styles',
    },
    messages: {
      gap: { ru: 'Нумерация: после {prev} идёт {value}, пропущено {missing}', en: 'Numbering: {value} follows {prev}, {missing} missing' },
      repeat: { ru: 'Нумерация: номер {value} повторяется', en: 'Numbering: {value} is repeated' },
      restart: { ru: 'Нумерация начата заново: {value} после {prev}', en: 'Numbering restarts: {value} after {prev}' },
      order: { ru: 'Нумерация: {value} после {prev}', en: 'Numbering: {value} after {prev}' },
      style: {
        ru: 'Номер «{marker}» оформлен иначе, чем «{first}» в том же списке',
        en: 'The label “{marker}” is written differently from “{first}” in the same list',
      },
    },
  },
  'unbalanced-quotes': {
    description: { ru: 'Кавычки «», которые не образуют пар', en: 'Quotes «» that do not pair up' },
    messages: {
      unclosed: { ru: 'Открывающая кавычка {quote} не закрыта', en: 'The opening quote {quote} is never closed' },
      unopened: { ru: 'Закрывающая кавычка {quote} без открывающей', en: 'The closing quote {quote} has no opening quote' },
      crossed: {
        ru: 'Кавычка {quote} закрыта внутри скобок, открытых после неё: кавычки и скобки пересекаются',
        en: 'The quote {quote} is closed inside parentheses opened after it: quotes and parentheses overlap',
      },
      straight: { ru: 'Прямая кавычка " без пары в этом абзаце', en: 'A straight quote " without a pair in this paragraph' },
    },
  },
  'repeated-word': {
    description: { ru: 'Слово, повторённое дважды подряд («директор директор»)', en: 'A word written twice in a row ("директор директор")' },
    messages: {
      repeated: { ru: 'Слово «{word}» повторено дважды подряд', en: 'The word “{word}” is written twice in a row' },
    },
  },
  'document-date-missing': {
    description: { ru: 'Не указана дата документа', en: 'The document has no date' },
    messages: { missing: { ru: 'Не указана дата документа', en: 'The document has no date' } },
  },
  'document-title-missing': {
    description: { ru: 'Нет заголовка документа (Резолюция, Протокол, Решение…)', en: 'The document has no title (Резолюция, Протокол, Решение…)' },
    messages: {
      missing: {
        ru: 'Не найден заголовок документа (Резолюция, Протокол, Решение…)',
        en: 'No document title found (Резолюция, Протокол, Решение…)',
      },
    },
  },
  'glued-number': {
    description: { ru: 'Номер, слитый с соседним словом («СОШ№4», «№ 5г. Канска»)', en: 'A number glued to a neighbouring word ("СОШ№4", "№ 5г. Канска")' },
    messages: {
      beforeSign: { ru: 'Знак № слит с предыдущим словом: «{text}»', en: 'The sign № is glued to the word before it: “{text}”' },
      afterNumber: { ru: 'Число слито с сокращением: «{text}»', en: 'A number is glued to the abbreviation after it: “{text}”' },
    },
  },
} as const satisfies Record<string, RuleText>;

export type RuleId = keyof typeof RULE_TEXT;

export function ruleMessage(ruleId: RuleId, messageId: string, lang: Lang, data?: Record<string, string | number>): string {
  const messages: Record<string, Text> = RULE_TEXT[ruleId].messages;
  const text = messages[messageId];
  if (!text) throw new Error(`internal: rule ${ruleId} has no message "${messageId}"`);
  return formatText(text[lang], data);
}
