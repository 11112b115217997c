import { describe, expect, it } from 'vitest';
import { structureOf } from './helpers.js';
import { MAX_NESTING } from '../../src/5-structure/list-tree.js';

describe('numbering that starts again at 1', () => {
  it('after an item that heads nothing is a new list beside the old one, not inside it', () => {
    const s = structureOf('РЕШИЛИ:\n1. Провести семинар.\n2. Подготовить отчёт.\n1. Обеспечить участие.\n2. Организовать выставку.\n');
    expect(s.tasks.map((t) => t.path)).toEqual([['1'], ['2'], ['1'], ['2']]);
  });

  it('under an item that ends with ":" is a nested list', () => {
    const s = structureOf('1. Управлению образованием:\n1) провести семинар;\n2) обеспечить участие.\n2. Школам подготовить отчёт.\n');
    const paths = s.tasks.map((t) => t.path.join('/'));
    expect(paths).not.toContain('1');
    expect(paths.filter((p) => p.startsWith('1/'))).toEqual(['1/1', '1/2']);
  });

  it('under an item of another style that has its own sublist, the same-style restart is a sibling', () => {
    const s = structureOf('1. Провести семинар.\nа) для учителей;\n1. Обеспечить участие.\n');
    expect(s.tasks.at(-1)!.path).toEqual(['1']);
  });

  it('nests no deeper than the bound, however many headers open lists', () => {
    const s = structureOf(`${'1. Руководителям школ:\n'.repeat(200)}1. Провести семинар.\n`);
    expect(s.tasks.length).toBeGreaterThan(0);
    for (const t of s.tasks) expect(t.path.length).toBeLessThanOrEqual(MAX_NESTING + 1);
  });
});
