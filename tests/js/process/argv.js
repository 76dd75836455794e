// process.argv: [execPath, script path, ...args]; args come from argv.args.
console.log(JSON.stringify(process.argv.slice(2)));
console.log('count', process.argv.length - 2);
console.log('argv[1]', process.argv[1]);
console.log('argv[1] === __filename', process.argv[1] === __filename);
console.log('argv[0] type', typeof process.argv[0]);
console.log('all strings', process.argv.every((a) => typeof a === 'string'));
