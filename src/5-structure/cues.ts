// The cue words of grammars/non-task-cues.json: what a heading's words say about
// the list below it (topics, decisions, a topic header), read by the directive
// tests and by the addressee reader alike.
import { loadGrammar } from '../shared/grammar/load.js';
import { fold } from '../shared/text/normalize.js';

let cueRe: RegExp | null = null;
let taskCueRe: RegExp | null = null;

function cuePattern(words: string[]): RegExp {
  return new RegExp(`(?:^|[^а-яa-z])(?:${words.map((c) => fold(c).replace(/[^а-яa-z ]/g, '').replace(/ /g, '[а-я]*\\s+')).join('|')})`, 'u');
}

export function cues() {
  return loadGrammar('non-task-cues');
}

/** A heading that announces a list which is not a list of tasks. */
export function announcesNonTasks(heading: string): boolean {
  cueRe ??= cuePattern(cues().cues);
  return cueRe.test(fold(heading));
}

/** A heading that announces decisions: "Совещание РЕШИЛО:", "Участники рекомендуют:". */
export function announcesTasks(heading: string): boolean {
  taskCueRe ??= cuePattern(cues().taskCues);
  return taskCueRe.test(fold(heading));
}

