// Array#map for arrays that optimised code reads. V8's map makes a packed array
// while the caller runs in the interpreter and a holey one once TurboFan has
// inlined it into an optimised caller: the same list then reaches its readers
// with two different maps, and every reader optimised on one is thrown away
// ("wrong map") on the other, then compiled again. Pushing into a new array
// gives a packed array in both tiers.

/** items.map(fn), always as a packed array. */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}
