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
  noSuchFile: { ru: '{path}: нет такого файла', en: '{path}: no such file' },
  cannotRead: { ru: '{path}: не удаётся прочитать ({reason})', en: '{path}: cannot read ({reason})' },
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
  standardInput: { ru: 'стандартный ввод', en: 'standard input' },
  isDirectory: { ru: '{path}: это папка (укажите файл или --out для папки)', en: '{path}: is a directory (give a file, or use --out for a folder)' },
  isDirectoryShort: { ru: '{path}: это папка', en: '{path}: is a directory' },
  notRegularFile: { ru: '{path}: не обычный файл', en: '{path}: not a regular file' },
  permissionDenied: { ru: '{path}: нет доступа', en: '{path}: permission denied' },
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
} as const satisfies Record<string, Text>;

export type UiKey = keyof typeof UI_TEXT;

/** In the language of this run (setLang), for messages thrown far from the command line. */
export function say(key: UiKey, data?: Record<string, string | number>): string {
  return formatText(UI_TEXT[key][currentLang()], data);
}

export function uiText(key: UiKey, lang: Lang, data?: Record<string, string | number>): string {
  return formatText(UI_TEXT[key][lang], data);
}
