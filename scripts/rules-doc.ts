// npm run docs:rules: writes docs/rules.md from the rules' metadata.
import { writeFileSync } from 'node:fs';
import { rulesDoc } from '../src/8-check/rules-doc.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc());
