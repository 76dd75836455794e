// countReset of an unknown label emits a process warning.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, '|', w.message));
console.countReset('nope');
console.log('sync end');
