// Several stages ask the same question of the same short text: the section
// finder and the task finder each test whether a block opens with a directive
// and read it as an addressee header; every stage folds the same words. A
// bounded memo per question answers the repeats without passing results
// between stages.

/** Texts longer than this are not kept (a key costs a hash of the whole text). */
const MAX_KEY_LENGTH = 2048;
const MAX_ENTRIES = 1024;

/**
 * 'document': the answers are about one document's blocks, and forgotten when
 * the next document starts (forgetDocumentTexts); 'process': about words any
 * document uses (fold), kept while there is room.
 */
export type MemoLifetime = 'document' | 'process';

const documentCaches: Map<string, unknown>[] = [];

/**
 * `fn` remembered by its text argument, cleared when full. Only for pure
 * functions whose results nobody mutates (strings, booleans, readings treated
 * as read-only): forgetting never changes an answer, only its cost.
 */
export function memoByText<T>(fn: (text: string) => T, lifetime: MemoLifetime): (text: string) => T {
  const cache = new Map<string, T>();
  if (lifetime === 'document') documentCaches.push(cache);
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (text.length <= MAX_KEY_LENGTH) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

/** A new document: the answers about the previous one's blocks are of no more use. */
export function forgetDocumentTexts(): void {
  for (const cache of documentCaches) cache.clear();
}
