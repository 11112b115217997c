// Every fixture document has a golden: the full `resolve parse` output, read by
// hand against the document line by line before it was committed. This test
// runs the built command on each and compares. To regenerate after a reviewed
// change: RESOLVE_UPDATE_GOLDENS=1 npx vitest run tests/golden.test.ts — then
// read every changed golden against its document again (git diff).
// The goldens hold the COMPLETE output — document, sections, addressees, tasks,
// practices, people, organisations, projects and diagnostics — so a change in
// any stage shows up here as a diff that must be read before it is recorded.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, ROOT } from './support/cli.js';
import { OutputSchema } from '../src/shared/schema/output.js';

// fixtures/docx/libreoffice: .docx saved by LibreOffice from the .fodt beside them
// (scripts/make-docx-fixtures.sh); their goldens hold what a reader sees with tracked
// changes accepted.
const DIRS = ['fixtures/seeds', 'fixtures/docs', 'fixtures/docx/libreoffice'];
const documents = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.(?:txt|md|docx)$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
);
const goldenOf = (doc: string) => doc.replace(/\.(?:txt|md|docx)$/, '.json');

describe('goldens', () => {
  it('there are the five seeds and at least five documents of our own', () => {
    expect(documents.filter((d) => d.startsWith('fixtures/seeds/'))).toHaveLength(5);
    expect(documents.filter((d) => d.startsWith('fixtures/docs/')).length).toBeGreaterThanOrEqual(5);
    expect(documents.filter((d) => d.endsWith('.docx')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(documents)('%s', (doc) => {
    const r = runCli(['parse', doc]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const actual = OutputSchema.parse(JSON.parse(r.stdout));
    const golden = join(ROOT, goldenOf(doc));
    if (process.env.RESOLVE_UPDATE_GOLDENS === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(golden), `missing golden ${goldenOf(doc)}`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
