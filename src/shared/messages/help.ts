// Help of `resolve check` (and the headings commander prints), in Russian and
// English. Option names stay as they are: they are what one types.
import type { Lang, Text } from './lang.js';

/** Options that parse and check both take, worded once. */
const SHARED_OPTIONS = {
  grammars: {
    ru: 'папка с дополнениями грамматик: её файлы (имена — как в grammars/) добавляют слова к встроенным',
    en: 'a folder of grammar additions: its files (named like those of grammars/) add words to the built-in ones',
  },
  maxMemory: {
    ru: 'предел памяти на один документ, МБ (по умолчанию — сколько Node даёт процессу, не больше 4096; или RESOLVE_MAX_MEMORY_MB); больший документ не разбирается (too-large)',
    en: 'the memory limit per document, MB (default: what Node gives the process, at most 4096; or RESOLVE_MAX_MEMORY_MB); a larger document fails with too-large',
  },
};

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
  grammars: SHARED_OPTIONS.grammars,
  maxMemory: SHARED_OPTIONS.maxMemory,
  listRules: { ru: 'показать все правила с уровнем по умолчанию и описанием', en: 'print every rule with its default severity and description' },
  help: { ru: 'показать справку', en: 'display help for command' },
  examples: { ru: 'Примеры:', en: 'Examples:' },
  exitCodes: {
    ru: 'Коды выхода: 0 — ошибок нет (и предупреждений не больше --max-warnings), 1 — проверка не пройдена,\n2 — ошибка использования или чтения (неизвестный параметр, нет файла, ошибка в конфигурации).',
    en: 'Exit codes: 0 no errors (and warnings within --max-warnings), 1 the checks failed,\n2 usage or read error (unknown option, missing file, a broken config).',
  },
} as const satisfies Record<string, Text>;

export type CheckHelpKey = keyof typeof CHECK_HELP;

/** Examples are commands: the same in both languages. */
const PARSE_EXAMPLES = `  $ resolve parse fixtures/seeds/002_27408a7706993244.txt --pretty
  $ resolve parse protocol.txt | jq '.tasks[] | {number, text, deadline}'
  $ resolve parse protocol.txt | jq -r '.document.title'
  $ iconv -f utf-8 -t cp1251 rez.txt | resolve parse -
  $ resolve parse notes.md --input-format markdown --pretty > notes.json
  $ resolve parse plan.docx --text
  $ resolve parse protocol.txt --explain
  $ resolve parse archive/ --out archive-json/
  $ resolve parse archive/ --format xlsx --output-file задачи.xlsx
  $ resolve parse 'archive/**/*.docx' --format csv --csv-delimiter ';' --output-file tasks.csv
  $ resolve parse archive/ --format ics --output-file сроки.ics`;
const PROGRAM_EXAMPLES = `  $ resolve parse fixtures/seeds/002_27408a7706993244.txt --pretty
  $ resolve parse rez.txt > rez.json
  $ cat rez.txt | resolve parse - | jq '.sections | length'
  $ resolve check fixtures/check/good.txt
  $ resolve schema > resolve.schema.json
  $ resolve report archive/ -o отчёт.html
  $ resolve parse --help`;

/** The program, `parse` and `schema`: descriptions, options and the text after the options. */
export const COMMAND_HELP = {
  program: {
    ru: 'Превращает русские резолюции, протоколы и решения в структурированный проверенный JSON.',
    en: 'Turn Russian resolution documents (резолюции, протоколы, решения) into structured, validated JSON.',
  },
  version: { ru: 'показать версию', en: 'output the version number' },
  helpCommand: { ru: 'показать справку по команде', en: 'display help for command' },
  lang: { ru: 'язык справки и сообщений: ru (по умолчанию) или en; также RESOLVE_LANG', en: 'language of help and messages: ru (default) or en; also RESOLVE_LANG' },
  parse: {
    ru: 'разобрать документы: один — в JSON на стандартный вывод, папки, файлы и шаблоны — в --out ПАПКА (форма — resolve schema)',
    en: 'parse documents: one to stdout as JSON, or folders, files and globs to --out DIR (see `resolve schema` for the shape)',
  },
  parseInputs: {
    ru: 'файл .txt/.md/.docx/.html, - для стандартного ввода или (с --out / --format) папки, файлы и шаблоны в кавычках',
    en: 'a .txt/.md/.docx/.html file, - for standard input, or (with --out / --format) folders, files and quoted globs',
  },
  pretty: { ru: 'JSON с отступами, для чтения', en: 'indent the JSON for reading' },
  inputFormat: { ru: 'формат входа (по умолчанию — по расширению)', en: 'input format (default: by extension)' },
  out: {
    ru: 'записать по JSON на каждый вход в ПАПКУ, повторяя вложенность папок, и ПАПКА/index.json',
    en: 'write one JSON per input into DIR, mirroring the folders, plus DIR/index.json',
  },
  format: {
    ru: 'вывод: файлы JSON (по умолчанию); на стандартный вывод или в --output-file: ndjson, csv (строка на задачу), ics (календарь сроков); xlsx (книга Excel, нужен --output-file)',
    en: 'output: JSON files (default); on stdout or --output-file: ndjson, csv (one row per task), ics (a calendar of deadlines); xlsx (an Excel workbook, needs --output-file)',
  },
  parseOutputFile: {
    ru: 'записать вывод ndjson, csv, xlsx или ics в ФАЙЛ (он заменяется, только если всё прошло успешно)',
    en: 'write the ndjson, csv, xlsx or ics output to FILE (replaced only when the run ends well)',
  },
  today: {
    ru: 'день, от которого считаются статусы задач (просрочено, скоро, в срок); по умолчанию — сегодня',
    en: 'the day task statuses (просрочено, скоро, в срок) are reckoned against (default: today)',
  },
  csvDelimiter: {
    ru: 'csv: "," (по умолчанию), ";" (Excel с русскими настройками), "tab" или "auto" (";", если система на русском)',
    en: 'csv: "," (default), ";" (Excel in a Russian locale), "tab", or "auto" (";" when the locale is Russian)',
  },
  report: {
    ru: 'одна самодостаточная страница HTML об архиве: сроки по месяцам, просроченные и ближайшие задачи, задачи по адресатам и организациям, с фильтрами',
    en: 'one self-contained HTML page about an archive: deadlines by month, overdue and upcoming tasks, tasks by addressee and organisation, with filters',
  },
  reportInputs: { ru: 'папки, файлы и шаблоны в кавычках, как для resolve parse', en: 'folders, files and quoted globs, as for `resolve parse`' },
  reportOutput: { ru: 'файл HTML, который записать (он заменяется, только если всё прошло успешно)', en: 'the HTML file to write (replaced only when the run ends well)' },
  reportAfter: {
    ru: "\nПримеры:\n  $ resolve report archive/ -o отчёт.html\n  $ resolve report 'archive/2025/**/*.docx' -o 2025.html --today 01.09.2025",
    en: "\nExamples:\n  $ resolve report archive/ -o отчёт.html\n  $ resolve report 'archive/2025/**/*.docx' -o 2025.html --today 01.09.2025",
  },
  maxMemory: SHARED_OPTIONS.maxMemory,
  jobs: { ru: 'разбирать в N потоках (по умолчанию — по числу ядер)', en: 'parse in N worker threads (default: the number of cores)' },
  force: { ru: 'разобрать всё заново, даже если результат уже свежий', en: 'parse every input again, even when its output is up to date' },
  text: {
    ru: 'показать текст так, как его читает resolve (после преобразования .docx/.html), с номерами строк — теми, что называют замечания',
    en: 'print the text as resolve reads it (converted from .docx/.html), with line numbers: the lines diagnostics name',
  },
  grammars: SHARED_OPTIONS.grammars,
  explain: {
    ru: 'вместо JSON: документ по строкам — каждое решение (раздел, адресат, задача, срок) и правило, по которому оно принято',
    en: 'instead of JSON: the document line by line, each decision (section, addressee, task, deadline) and the rule that took it',
  },
  parseAfter: {
    ru: `
Кодировка определяется сама: UTF-8 (с BOM или без), UTF-16, windows-1251,
KOI8-R или IBM866; она указана в source.encoding.

Примеры:
${PARSE_EXAMPLES}

Коды выхода: 0 — готово, 1 — документ (любой из них) не удалось обработать (пустой,
двоичный, слишком большой), 2 — ошибка использования или ввода-вывода (неизвестный параметр,
нет файла, это папка), 130 / 143 — пакет остановлен Ctrl-C / kill (сделанное сохранено:
запустите снова, чтобы закончить).`,
    en: `
The encoding is detected: UTF-8 (with or without BOM), UTF-16, windows-1251,
KOI8-R or IBM866; the output names it in source.encoding.

Examples:
${PARSE_EXAMPLES}

Exit codes: 0 ok, 1 a document (any of them) could not be processed (empty,
binary, too large), 2 usage or I/O error (unknown option, missing file, a directory),
130 / 143 a batch stopped by Ctrl-C / kill (its progress is saved: rerun to finish).`,
  },
  schema: { ru: 'напечатать JSON Schema результата', en: 'print the JSON Schema of the output' },
  schemaAfter: { ru: '\nПример:\n  $ resolve schema > resolve.schema.json', en: '\nExample:\n  $ resolve schema > resolve.schema.json' },
  programAfter: {
    ru: `
Примеры:
${PROGRAM_EXAMPLES}

Коды выхода: 0 — готово, 1 — документ не удалось обработать (у check: проверка не пройдена),
2 — ошибка использования или ввода-вывода.
English: --lang en or RESOLVE_LANG=en.`,
    en: `
Examples:
${PROGRAM_EXAMPLES}

Exit codes: 0 ok, 1 the document could not be processed (check: the checks failed), 2 usage or I/O error.`,
  },
} as const satisfies Record<string, Text>;

export type CommandHelpKey = keyof typeof COMMAND_HELP;

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
  [/^option '([^']+)' argument '([^']*)' is invalid\. (.+)/, { ru: "у параметра '$1' недопустимое значение '$2': $3", en: "option '$1' argument '$2' is invalid: $3" }],
  [/\(Did you mean ([^()]+)\?\)/, { ru: '(может быть, $1?)', en: '(Did you mean $1?)' }],
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
