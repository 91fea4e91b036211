#!/usr/bin/env node
// Entry point of the headless CLI; the TypeScript sources compile to dist/cli (npm run build:cli).
require("../dist/cli/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
