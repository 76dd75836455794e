// console.log/info/debug write to stdout; multiple args are space-joined.
console.log('hello');
console.log('a', 'b', 1, true, null, undefined);
console.log();
console.log('');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.log('multi\nline');
console.log('tab\there');
console.log('unicode: ü ✓ 日本 😀');
console.log(1, '2', [3], { 4: 4 });
