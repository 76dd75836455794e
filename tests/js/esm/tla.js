// Top-level await: the importer waits for its dependency's await.
console.log('main start');
const { value, steps } = await import('./fixtures/slow.js');
console.log('imported', value, steps);
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('after timer');
for await (const x of [1, 2]) console.log('for await', x);
process.on('exit', (code) => console.log('exit', code));
