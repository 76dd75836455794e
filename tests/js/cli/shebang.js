#!/usr/bin/env node
// A #! first line is ignored by the loader.
console.log('shebang line ignored');
console.log('argv tail', process.argv.slice(2));
