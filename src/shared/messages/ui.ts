// Sentences of the commands themselves (summaries, failures, usage and I/O
// errors, help), in Russian and English. Findings are worded in rules.ts.
import { currentLang, formatText, type Lang, type Text } from './lang.js';

/** Sentences of the command itself (summaries, failures), not of a rule. */
export const UI_TEXT = {
  problems: { ru: 'Проблем: {total} (ошибок: {errors}, предупреждений: {warnings})', en: '{total} problems ({errors} errors, {warnings} warnings)' },
  fixable: { ru: 'Исправимо с --fix: {count}', en: '{count} fixable with --fix' },
  clean: { ru: 'Проблем не найдено', en: 'No problems found' },
  failed: { ru: 'проверка не пройдена: ошибок: {errors}, предупреждений: {warnings}', en: 'check failed: {errors} errors, {warnings} warnings' },
  tooManyWarnings: {
    ru: 'проверка не пройдена: предупреждений {warnings}, а допускается не больше {max}',
    en: 'check failed: {warnings} warnings, at most {max} allowed',
  },
  item: { ru: 'пункт', en: 'item' },
  ambiguousName: {
    ru: '{path}: {count} файла с таким именем, если читать его как UTF-8 ({names}); переименуйте их или укажите их папку',
    en: '{path}: {count} files have this name once read as UTF-8 ({names}); rename them, or give their folder',
  },
  explainOne: {
    ru: '--explain объясняет один документ: укажите один файл, без --out и --format',
    en: '--explain explains one document: give one file, without --out and --format',
  },
  moreAt: { ru: 'Подробнее (по-английски): {url}', en: 'More: {url}' },
  firstOccurrence: { ru: 'первое упоминание', en: 'first occurrence' },
  moreFindings: {
    ru: 'И ещё {count} замечаний правила {rule} ниже по тексту (показаны первые {shown})',
    en: '{count} more findings of rule {rule} further on (the first {shown} are shown)',
  },
  // a grammar overlay (--grammars DIR, "grammars" in resolve.config.json)
  grammarOverlayNotDir: { ru: '{path}: нет такой папки грамматик', en: '{path}: no such grammar folder' },
  grammarOverlayUnknownFile: {
    ru: '{path}: у resolve нет грамматики с таким именем; есть: {names}',
    en: '{path}: resolve has no grammar of this name; there are: {names}',
  },
  grammarOverlayRoot: { ru: '{where}: ожидается объект { … } с разделами грамматики', en: '{where}: expected an object { … } with sections of the grammar' },
  grammarOverlayChanged: {
    ru: 'встроенное значение {value} нельзя изменить: дополнение только добавляет записи',
    en: 'the built-in value {value} cannot be changed: an overlay only adds entries',
  },
  grammarOverlayUnknownKey: { ru: 'такого ключа в этой грамматике нет', en: 'no such key in this grammar' },
  // configuration (resolve.config.json): where = "file:line:column"
  configSyntax: { ru: '{where}: ошибка в записи JSON: {problem}', en: '{where}: JSON syntax error: {problem}' },
  configRoot: { ru: '{where}: ожидается объект { "rules": { … } }', en: '{where}: expected an object { "rules": { … } }' },
  configUnknownKey: { ru: '{where}: неизвестный ключ «{key}»; допустимы: {allowed}', en: '{where}: unknown key “{key}”; allowed: {allowed}' },
  configGrammars: { ru: '{where}: «grammars» — путь к папке дополнений грамматик', en: '{where}: “grammars” must be the path of a grammar overlay folder' },
  configRulesObject: { ru: '{where}: «rules» — объект { "id правила": "warn" }', en: '{where}: “rules” must be an object { "rule-id": "warn" }' },
  unknownRule: { ru: '{where}: неизвестное правило «{id}»{hint}', en: '{where}: unknown rule “{id}”{hint}' },
  didYouMean: { ru: ' — может быть, «{id}»?', en: ' — did you mean “{id}”?' },
  seeListRules: { ru: ' (список правил: resolve check --list-rules)', en: ' (see resolve check --list-rules)' },
  configSeverity: {
    ru: '{where}: правило «{id}»: {value} — не уровень; допустимы "error", "warn", "off" или ["warn", { …параметры }]',
    en: '{where}: rule “{id}”: {value} is not a severity; allowed: "error", "warn", "off" or ["warn", { …options }]',
  },
  configNoOptions: { ru: '{where}: правило «{id}» не принимает параметров', en: '{where}: rule “{id}” takes no options' },
  configOptions: { ru: '{where}: параметры правила «{id}»: {path}: {problem}', en: '{where}: options of rule “{id}”: {path}: {problem}' },
  configIgnores: {
    ru: '{where}: «ignores» — список шаблонов путей, например ["archive/**", "*.old.txt"]',
    en: '{where}: “ignores” must be a list of path patterns, e.g. ["archive/**", "*.old.txt"]',
  },
  ruleFlag: { ru: '--rule {flag}: ожидается id=error|warn|off, например --rule numbering=off', en: '--rule {flag}: expected id=error|warn|off, e.g. --rule numbering=off' },
  baselineHint: { ru: ' (создайте его с --write-baseline)', en: ' (create it with --write-baseline)' },
  noDocumentsHere: { ru: '{path}: здесь нет документов (.txt, .md, .docx, .html)', en: '{path}: no documents here (.txt, .md, .docx, .html)' },
  // reading and decoding a document (parse and check alike)
  fileEmpty: { ru: 'файл пуст', en: 'the file is empty' },
  onlyWhiteSpace: { ru: 'в файле нет текста, только пробелы', en: 'the file has no text, only white space' },
  utf32: { ru: 'файл в UTF-32, которую resolve не читает; сохраните его в UTF-8', en: 'the file is in UTF-32, which resolve does not read; save it as UTF-8' },
  binaryKnown: { ru: 'это двоичный файл ({format}), а не текст; сохраните его как .txt (UTF-8)', en: 'this is a binary file ({format}), not a text document; save it as .txt (UTF-8)' },
  binary: { ru: 'это двоичный файл, а не текст', en: 'this is a binary file, not a text document' },
  convertedEmpty: { ru: 'в документе {format} нет текста', en: 'the {format} document has no text' },
  tooLarge: { ru: '{what} слишком велик для одного документа (предел {limit}); разделите его', en: '{what} is too large for one document (the limit is {limit}); split it' },
  textTooLong: {
    ru: 'его текст длиннее {limit} символов — больше, чем помещается в предел памяти {budget} МБ на документ (--max-memory); разделите его',
    en: 'its text is longer than {limit} characters, more than fits the memory limit of {budget} MB per document (--max-memory); split it',
  },
  memoryExceeded: {
    ru: 'его разбор превысил предел памяти {budget} МБ на документ (--max-memory); разделите его',
    en: 'parsing it went over the memory limit of {budget} MB per document (--max-memory); split it',
  },
  badMemoryBudget: {
    ru: '{from}: «{value}» — не предел памяти; укажите целое число мегабайт от {min} до {max}',
    en: '{from}: “{value}” is not a memory limit; give a whole number of megabytes from {min} to {max}',
  },
  standardInput: { ru: 'стандартный ввод', en: 'standard input' },
  isDirectory: { ru: '{path}: это папка (укажите файл или --out для папки)', en: '{path}: is a directory (give a file, or use --out for a folder)' },
  // why a file could not be read (io/read-input.ts); the caller puts the path before it
  fileMissing: { ru: 'нет такого файла', en: 'no such file' },
  goneFile: { ru: 'нет такого файла (битая ссылка или файл удалён во время работы)', en: 'no such file (a dangling link, or removed during the run)' },
  fileNoAccess: { ru: 'нет доступа', en: 'permission denied' },
  fileIsFolder: { ru: 'это папка', en: 'is a directory' },
  fileNotRegular: { ru: 'не обычный файл (канал, сокет или устройство)', en: 'not a regular file (a pipe, socket or device)' },
  fileIoError: { ru: 'ошибка ввода-вывода при чтении файла', en: 'input/output error reading the file' },
  fileUnreadable: { ru: 'не удаётся прочитать ({reason})', en: 'cannot read ({reason})' },
  docOrPassword: {
    ru: 'это документ Word 97–2003 (.doc) или защищённый паролем, а не .docx (сохраните как .docx без пароля)',
    en: 'a Word 97–2003 .doc or a password-protected document, not a .docx (save it as .docx without a password)',
  },
  docxNoDocument: { ru: 'файл .docx не читается (в нём нет части документа {part})', en: 'not a readable .docx file (it has no document part {part})' },
  docxBroken: { ru: 'файл .docx не читается ({reason})', en: 'not a readable .docx file ({reason})' },
  docxPartTooLarge: { ru: 'его часть {name} распаковывается в {size} байт, больше предела {limit} байт', en: 'its part {name} inflates to {size} bytes, more than the {limit}-byte limit' },
  cannotWriteOutput: { ru: 'не удаётся записать вывод ({reason})', en: 'cannot write the output ({reason})' },
  cannotWriteFixed: { ru: '{path}: не удаётся записать исправленный файл ({reason})', en: '{path}: cannot write the fixed file ({reason})' },
  noSuchFileOrFolder: { ru: '{path}: нет такого файла или папки', en: '{path}: no such file or folder' },
  noMatch: { ru: '{path}: ни один файл не подходит', en: '{path}: no files match' },
  // resolve check: the run
  noInput: { ru: 'check: укажите файлы, папки или шаблоны (или --list-rules)', en: 'check: give files, folders or glob patterns to check (or --list-rules)' },
  fixStdin: { ru: 'check: --fix не может записать обратно в стандартный ввод (покажите исправления: --fix-dry-run)', en: 'check: --fix cannot write back to standard input (see the fixes with --fix-dry-run)' },
  couldNotCheck: { ru: 'не удалось проверить файлов: {count}', en: '{count} file(s) could not be checked' },
  allIgnored: { ru: 'check: все найденные файлы исключены шаблонами игнорирования (.resolveignore, ignores, --ignore-pattern, !шаблон)', en: 'check: every file found is ignored (.resolveignore, ignores, --ignore-pattern, !pattern)' },
  ignoredNamed: { ru: '{path}: пропущен: подходит под шаблон игнорирования', en: '{path}: skipped: it matches an ignore pattern' },
  wroteBaseline: { ru: 'записано принятых замечаний: {count} в {path}', en: 'wrote {count} accepted findings to {path}' },
  notFixedBytes: { ru: '{path}: не исправлено: файл не записался бы обратно байт в байт в {encoding}', en: '{path}: not fixed: the file would not be written back byte for byte in {encoding}' },
  fixTextOnly: { ru: '{path}: не исправлено: --fix правит только текст (.txt, .md), а это {format}', en: '{path}: not fixed: --fix changes text files only (.txt, .md), and this is {format}' },
  fixed: { ru: '{path}: исправлено: {list}', en: '{path}: fixed: {list}' },
  wouldFix: { ru: '{path}: будет исправлено: {list}', en: '{path}: would fix: {list}' },
  fixedAt: { ru: '{rule} (строка {line})', en: '{rule} (line {line})' },
  cannotWriteReport: { ru: '{path}: не удаётся записать отчёт ({reason})', en: '{path}: cannot write the report ({reason})' },
  initExists: { ru: '{path} уже есть: не перезаписан', en: '{path} already exists: not overwritten' },
  initWrote: { ru: 'создан {path}', en: 'wrote {path}' },
  convertedAt: { ru: '{place} «{words}…»; строка {line} в resolve parse --text', en: '{place} “{words}…”; line {line} of resolve parse --text' },
  paragraph: { ru: 'абзац {n}', en: 'paragraph {n}' },
  itemNo: { ru: 'пункт {n}', en: 'item {n}' },
  internalError: { ru: 'внутренняя ошибка: {detail} (сообщите о ней, пожалуйста)', en: 'internal error: {detail} (please report it)' },
  // the batch (resolve parse with folders, --out or --format; resolve report): its options
  stdinAlone: { ru: 'стандартный ввод («-») разбирается только отдельно', en: 'standard input ("-") can only be parsed on its own' },
  needOut: {
    ru: 'для нескольких файлов или папки укажите --out ПАПКА (или --format ndjson|csv, чтобы печатать в stdout)',
    en: 'several inputs or a folder need --out DIR (or --format ndjson|csv to print to stdout)',
  },
  formatWithOut: { ru: '--format {mode} печатает в stdout; уберите --out', en: '--format {mode} prints to stdout; leave out --out' },
  outputFileJson: {
    ru: '--output-file пишет один файл: укажите --format ndjson, csv, xlsx или ics (папку JSON-файлов задаёт --out ПАПКА)',
    en: '--output-file writes one file: give --format ndjson, csv, xlsx or ics (a folder of JSON files is --out DIR)',
  },
  xlsxNeedsFile: { ru: 'книга Excel — двоичный файл: укажите --output-file ИМЯ.xlsx', en: 'an Excel workbook is a binary file: give --output-file NAME.xlsx' },
  reportNeedsFile: { ru: 'укажите, куда записать отчёт: -o ИМЯ.html', en: 'say where to write the report: -o NAME.html' },
  jobsRange: { ru: '--jobs: нужно целое число от 1 до {max}, а не «{value}»', en: '--jobs must be a whole number from 1 to {max}, not "{value}"' },
  todayNotDate: { ru: '--today: «{value}» — не дата; пишите 2025-03-01 или 01.03.2025', en: '--today: “{value}” is not a date; write 2025-03-01 or 01.03.2025' },
  csvDelimiterBad: { ru: '--csv-delimiter: «{value}» — можно «,», «;», «tab» или «auto»', en: '--csv-delimiter: “{value}”; allowed: “,”, “;”, “tab” or “auto”' },
  noSuchFolderFor: { ru: '{path}: нет такой папки {folder}', en: '{path}: no such folder {folder}' },
  outNotFolder: { ru: '--out {path}: это не папка', en: '--out {path}: not a folder' },
  outIsInput: { ru: '--out {path}: это папка с документами; для JSON укажите отдельную папку', en: '--out {path}: this is an input folder; give a separate folder for the JSON' },
  outHoldsInput: {
    ru: '--out {path}: в ней лежит папка с документами {root}; для JSON укажите отдельную папку',
    en: '--out {path}: it contains the input folder {root}; give a separate folder for the JSON',
  },
  outCannotCreate: { ru: '--out {path}: не удаётся создать папку ({reason})', en: '--out {path}: cannot create the folder ({reason})' },
  outputFileIsFolder: { ru: '--output-file {path}: это папка, а нужен файл', en: '--output-file {path}: is a folder, not a file' },
  outputFileCannotCreate: { ru: '--output-file {path}: не удаётся создать файл ({reason})', en: '--output-file {path}: cannot create the file ({reason})' },
  cannotWrite: { ru: 'не удаётся записать {path}: {reason}', en: 'cannot write {path}: {reason}' },
  // the batch: inputs skipped by the walk and failed ones (index.json's reason; its code stays English)
  notADocument: { ru: 'resolve не читает такие файлы ({ext})', en: 'not a document type resolve reads ({ext})' },
  noExtension: { ru: 'без расширения', en: 'no extension' },
  folderRepeated: { ru: 'папка уже прочитана (петля символических ссылок или названа дважды)', en: 'folder already read (a symlink loop, or named twice)' },
  folderUnreadable: { ru: 'не удаётся прочитать папку ({reason})', en: 'cannot read the folder ({reason})' },
  specialFile: { ru: 'не обычный файл (канал, сокет или устройство)', en: 'not a regular file (a pipe, socket or device)' },
  tooLargeToProcess: { ru: 'слишком велик для обработки ({detail})', en: 'too large to process ({detail})' },
  parserCrashed: { ru: 'внутренняя ошибка: поток разбора упал ({detail})', en: 'internal error: the parser crashed ({detail})' },
  swappedForLink: {
    ru: 'отказ записать {path}: папку на его пути в выходной папке во время работы подменили символической ссылкой',
    en: 'refusing to write {path}: a folder of it in the output folder was replaced by a symlink during the run',
  },
  outsideOutdir: { ru: 'отказ записать {path}: это вне выходной папки', en: 'refusing to write {path}: it is outside the output folder' },
  cannotCreateIn: { ru: 'не удаётся создать {name} в выходной папке ({reason})', en: 'cannot create {name} in the output folder ({reason})' },
  throughSymlink: { ru: 'отказ записать через символическую ссылку {name} в выходной папке', en: 'refusing to write through the symlink {name} in the output folder' },
  notADirectoryIn: { ru: '{name} в выходной папке — не папка', en: '{name} in the output folder is not a directory' },
  // the batch: what it says on stderr
  progress: { ru: '{done}/{total} док.  {rate}/с  осталось {eta}', en: '{done}/{total} files  {rate}/s  ETA {eta}' },
  progressFailed: { ru: '  не разобрано: {count}', en: '  {count} failed' },
  seconds: { ru: '{n} с', en: '{n} s' },
  minutes: { ru: '{m} мин {s} с', en: '{m} min {s} s' },
  moreFailures: { ru: '… и другие ошибки', en: '… more failures' },
  moreFailuresIn: { ru: '… остальные ошибки — в {file}', en: '… more failures in {file}' },
  summary: { ru: '{documents} — {parts}; за {time}{rate}{where}', en: '{documents}: {parts} in {time}{rate}{where}' },
  documentOne: { ru: '1 документ', en: '1 document' },
  documents: { ru: 'документов: {count}', en: '{count} documents' },
  parsedCount: { ru: 'разобрано: {count}', en: '{count} parsed' },
  reusedCount: { ru: 'без изменений: {count}', en: '{count} up to date' },
  skippedCount: { ru: 'пропущено: {count}', en: '{count} skipped' },
  failedCount: { ru: 'не разобрано: {count}', en: '{count} failed' },
  rate: { ru: ' ({files} док./с, {mb} МБ/с)', en: ' ({files} files/s, {mb} MB/s)' },
  detailsIn: { ru: '; подробности в {path}', en: '; details in {path}' },
  writtenTo: { ru: '; записано в {path}', en: '; written to {path}' },
  interrupted: {
    ru: 'прервано после {done} из {total} документов; запустите ту же команду снова, чтобы закончить',
    en: 'interrupted after {done} of {total} documents; run the same command again to finish',
  },
} as const satisfies Record<string, Text>;

export type UiKey = keyof typeof UI_TEXT;

/** In the language of this run (setLang), for messages thrown far from the command line. */
export function say(key: UiKey, data?: Record<string, string | number>): string {
  return formatText(UI_TEXT[key][currentLang()], data);
}

export function uiText(key: UiKey, lang: Lang, data?: Record<string, string | number>): string {
  return formatText(UI_TEXT[key][lang], data);
}
