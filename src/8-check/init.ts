// `resolve check --init` writes a commented starter resolve.config.json;
// `--print-config FILE` shows the settings in force for one file.
import { RULES } from './rules/index.js';
import type { ConfigResolver } from './config.js';
import type { Lang } from '../shared/messages/lang.js';

const INTRO: Record<Lang, string[]> = {
  ru: [
    '// Настройки resolve check. Формат: JSON с комментариями.',
    '// Уровень правила: "error" (проверка не пройдена), "warn" (предупреждение) или "off" (выключено).',
    '// Все правила и их уровни по умолчанию: resolve check --list-rules',
  ],
  en: [
    '// Settings of resolve check. Format: JSON with comments.',
    '// A rule\'s severity: "error" (the check fails), "warn" (a warning) or "off".',
    '// Every rule and its default: resolve check --list-rules',
  ],
};

const IGNORES: Record<Lang, string> = {
  ru: '// Пути, которые не проверяются (синтаксис .gitignore, относительно этой папки)',
  en: '// Paths not checked (.gitignore syntax, relative to this folder)',
};

export function starterConfig(lang: Lang): string {
  const rules = RULES.map((r, i) => {
    const comma = i === RULES.length - 1 ? '' : ',';
    return `    // ${r.meta.description[lang]}\n    "${r.meta.id}": "${r.meta.defaultSeverity}"${comma}`;
  });
  return [...INTRO[lang], '{', '  "rules": {', ...rules, '  },', `  ${IGNORES[lang]}`, '  "ignores": []', '}', ''].join('\n');
}

/** Every rule with the setting in force for `file` (the config's, --rule applied, else the default). */
export function printConfig(configs: ConfigResolver, file: string): string {
  const settings = configs.settingsFor(file);
  const config = configs.configFor(file);
  const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, settings[r.meta.id] ?? r.meta.defaultSeverity]));
  return `${JSON.stringify({ config: config.path, rules, ignores: config.ignores }, null, 2)}\n`;
}
