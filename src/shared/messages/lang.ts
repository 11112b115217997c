// The users' language: Russian unless `--lang en` or RESOLVE_LANG=en says
// otherwise. Every sentence a person reads comes from the catalogue in this
// folder (rules.ts: findings; ui.ts: help, usage and I/O errors, summaries);
// ids and JSON keys stay English.
export type Lang = 'ru' | 'en';
export type Text = Record<Lang, string>;

export const LANGS: readonly Lang[] = ['ru', 'en'];

/** The language asked for: the flag first, then RESOLVE_LANG, then Russian. */
export function langOf(flag?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  const asked = (flag ?? env.RESOLVE_LANG ?? '').trim().toLowerCase();
  return asked.startsWith('en') ? 'en' : 'ru';
}

let runLang: Lang | null = null;

/** The language of this run, set once by the command line; until then the environment's. */
export function setLang(lang: Lang): void {
  runLang = lang;
}

export function currentLang(): Lang {
  return runLang ?? langOf();
}

const PLACEHOLDER = /\{(\w{1,32})\}/g;

export function formatText(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
