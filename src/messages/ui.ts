// Sentences of the commands themselves (summaries, failures, usage and I/O
// errors, help), in Russian and English. Findings are worded in rules.ts.
import { formatText, type Lang, type Text } from './lang.js';

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
  moreFindings: {
    ru: 'И ещё {count} замечаний правила {rule} ниже по тексту (показаны первые {shown})',
    en: '{count} more findings of rule {rule} further on (the first {shown} are shown)',
  },
} as const satisfies Record<string, Text>;

export type UiKey = keyof typeof UI_TEXT;

export function uiText(key: UiKey, lang: Lang, data?: Record<string, string | number>): string {
  return formatText(UI_TEXT[key][lang], data);
}
