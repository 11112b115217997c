#!/usr/bin/env node
// The `resolve` command. The code is bundled into dist/ by `npm ci` / `npm run build`
// and loaded with its V8 code cache by bundle.cjs.
import { loadBundle } from './bundle.cjs';

process.exitCode = await loadBundle().main(process.argv.slice(2));
