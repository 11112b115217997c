import { readFileSync } from 'node:fs';
import { parseDocument } from '../src/pipeline.ts';
for (const f of process.argv.slice(2)) {
  const { output } = await parseDocument({ bytes: readFileSync(f), path: f, format: 'text' });
  console.log('==', f);
  for (const o of output.organizations) console.log(o.id, JSON.stringify([o.text, o.form, o.type, o.numbers, o.name, o.locality, o.lines]));
  for (const p of output.people) console.log(p.id, JSON.stringify([p.name, p.gender, p.role, p.organizationId, p.lines, p.fullName]));
  for (const p of output.practices) console.log(p.id, JSON.stringify([p.title, p.authorIds, p.organizationIds, p.lines]));
  for (const p of output.projects) console.log('proj', JSON.stringify([p.name, p.lines]));
}
