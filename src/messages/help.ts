// Help of `resolve check` (and the headings commander prints), in Russian and
// English. Option names stay as they are: they are what one types.
import type { Lang, Text } from './lang.js';

export const CHECK_HELP = {
  description: {
    ru: 'проверить документы на недочёты (нет срока, нумерация, кавычки, повторы слов…), как линтер',
    en: 'check documents for defects (missing deadlines, numbering, quotes, repeated words …) like a linter',
  },
  paths: {
    ru: 'файлы, папки (в них ищутся .txt, .md, .docx, .html) или шаблоны в кавычках; - — стандартный ввод; !шаблон — исключить',
    en: 'files, folders (searched for .txt, .md, .docx, .html) or quoted glob patterns; - for standard input; !pattern excludes',
  },
  format: { ru: 'формат отчёта', en: 'report format' },
  outputFile: { ru: 'записать отчёт в файл, а не на стандартный вывод', en: 'write the report to a file instead of standard output' },
  color: { ru: 'цвета в отчёте stylish (по умолчанию — если вывод в терминал и не задан NO_COLOR)', en: 'colours in the stylish report (default: on a terminal, unless NO_COLOR is set)' },
  noColor: { ru: 'без цветов', en: 'no colours' },
  config: {
    ru: 'взять этот resolve.config.json для всех файлов (по умолчанию — ближайший выше каждого файла)',
    en: 'use this resolve.config.json for every file (default: the nearest one above each file)',
  },
  rule: { ru: 'уровень правила: error, warn или off (можно повторять)', en: 'set a rule to error, warn or off (repeatable)' },
  quiet: { ru: 'сообщать только об ошибках, без предупреждений', en: 'report errors only, not warnings' },
  maxWarnings: {
    ru: 'не пройдено, если предупреждений больше n; -1 — без предела (по умолчанию)',
    en: 'fail when there are more than n warnings; -1 for no limit (the default)',
  },
  lang: { ru: 'язык сообщений (по умолчанию ru, или RESOLVE_LANG)', en: 'language of the messages (default ru, or RESOLVE_LANG)' },
  ignorePattern: { ru: 'не проверять пути по этому шаблону (синтаксис .gitignore; можно повторять)', en: 'skip paths matching this pattern (.gitignore syntax; repeatable)' },
  stdinFilename: { ru: 'имя для стандартного ввода (-) в отчёте, для поиска конфигурации и формата', en: 'the name of standard input (-) in the report, for the config search and the format' },
  baseline: { ru: 'не сообщать о замечаниях, принятых в этом файле', en: 'ignore the findings accepted in this baseline file' },
  writeBaseline: { ru: 'записать текущие замечания в файл базовой линии и выйти с кодом 0', en: 'write the current findings to a baseline file and exit 0' },
  fix: {
    ru: 'исправить безопасное (повторы слов, слипшиеся номера) прямо в файлах .txt/.md',
    en: 'apply safe autofixes (repeated words, glued numbers) to the .txt/.md files in place',
  },
  fixDryRun: { ru: 'показать исправления (diff), ничего не записывая', en: 'show the fixes (a diff) and write nothing' },
  printConfig: { ru: 'показать действующую конфигурацию для файла и выйти', en: 'print the configuration in force for a file and exit' },
  init: { ru: 'создать resolve.config.json с комментариями в текущей папке', en: 'write a commented resolve.config.json in the current folder' },
  listRules: { ru: 'показать все правила с уровнем по умолчанию и описанием', en: 'print every rule with its default severity and description' },
  help: { ru: 'показать справку', en: 'display help for command' },
  examples: { ru: 'Примеры:', en: 'Examples:' },
  exitCodes: {
    ru: 'Коды выхода: 0 — ошибок нет (и предупреждений не больше --max-warnings), 1 — проверка не пройдена,\n2 — ошибка использования или чтения (неизвестный параметр, нет файла, ошибка в конфигурации).',
    en: 'Exit codes: 0 no errors (and warnings within --max-warnings), 1 the checks failed,\n2 usage or read error (unknown option, missing file, a broken config).',
  },
} as const satisfies Record<string, Text>;

export type CheckHelpKey = keyof typeof CHECK_HELP;

/** commander's own headings and words */
const TITLES: Record<string, Text> = {
  'Usage:': { ru: 'Использование:', en: 'Usage:' },
  'Arguments:': { ru: 'Аргументы:', en: 'Arguments:' },
  'Options:': { ru: 'Параметры:', en: 'Options:' },
  'Commands:': { ru: 'Команды:', en: 'Commands:' },
  'Global Options:': { ru: 'Общие параметры:', en: 'Global Options:' },
};

export function helpTitle(title: string, lang: Lang): string {
  return TITLES[title]?.[lang] ?? title;
}

/** commander's one-line usage errors, in the users' language */
const COMMANDER_ERRORS: [RegExp, Text][] = [
  [/^unknown option '(.+)'/, { ru: "неизвестный параметр '$1'", en: "unknown option '$1'" }],
  [/^unknown command '(.+)'/, { ru: "неизвестная команда '$1'", en: "unknown command '$1'" }],
  [/^option '(.+)' argument missing/, { ru: "у параметра '$1' нет значения", en: "option '$1' argument missing" }],
  [/^missing required argument '(.+)'/, { ru: "не указан обязательный аргумент '$1'", en: "missing required argument '$1'" }],
  [/^too many arguments.*/, { ru: 'лишние аргументы', en: 'too many arguments' }],
  [
    /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\./,
    { ru: "у параметра '$1' недопустимое значение '$2'; допустимы: $3", en: "option '$1' argument '$2' is invalid; allowed: $3" },
  ],
  [/^option '(.+)' argument '(.*)' is invalid\. (.+)/, { ru: "у параметра '$1' недопустимое значение '$2': $3", en: "option '$1' argument '$2' is invalid: $3" }],
  [/\(Did you mean (.+)\?\)/, { ru: '(может быть, $1?)', en: '(Did you mean $1?)' }],
];

export function commanderError(message: string, lang: Lang): string {
  let out = message;
  for (const [re, text] of COMMANDER_ERRORS) out = out.replace(re, text[lang]);
  return out;
}

const OPTION_NOTES: [RegExp, Text][] = [
  [/ ?\(default: \[\]\)$/, { ru: '', en: '' }],
  [/\(choices: /, { ru: '(варианты: ', en: '(choices: ' }],
  [/default: /, { ru: 'по умолчанию: ', en: 'default: ' }],
];

/** commander's "(choices: …, default: …)" after an option, in the users' language; an empty list default is not shown */
export function optionNotes(description: string, lang: Lang): string {
  let out = description;
  for (const [re, text] of OPTION_NOTES) out = out.replace(re, text[lang]);
  return out;
}

export function usageWords(usage: string, lang: Lang): string {
  return lang === 'ru' ? usage.replace('[options]', '[параметры]').replace('[command]', '[команда]') : usage;
}
