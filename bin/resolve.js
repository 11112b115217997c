#!/usr/bin/env node
// The `resolve` command. The code is bundled into dist/ by `npm ci` / `npm run build`
// and loaded with its V8 code cache by bundle.cjs. This file is CommonJS
// (bin/package.json): an ES module here would start Node's ESM loader, which
// nothing else needs, at every run.
'use strict';
const { loadBundle } = require('./bundle.cjs');

loadBundle()
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
