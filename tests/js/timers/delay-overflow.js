// Delays above 2**31-1 ms emit a TimeoutOverflowWarning and become 1 ms.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, '|', w.message));
setTimeout(() => console.log('overflowed timer fired'), 2 ** 31);
setTimeout(() => console.log('Infinity timer fired'), Infinity);
setTimeout(() => console.log('max is fine (unref)'), 2 ** 31 - 1).unref();
setTimeout(() => console.log('20 ms timer'), 20);
