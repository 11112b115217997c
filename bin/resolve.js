#!/usr/bin/env node
// The `resolve` command. The code is bundled into dist/ by `npm ci` / `npm run build`.
import { main } from '../dist/resolve.js';

process.exitCode = await main(process.argv.slice(2));
