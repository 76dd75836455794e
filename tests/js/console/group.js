// console.group indents by two spaces per level, on stdout and stderr.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2\nsecond line');
console.error('error at level 2');
console.log({ a: 1, b: [1, 2] });
console.groupEnd();
console.groupCollapsed('Collapsed B');
console.info('level 2 in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd(); // extra groupEnd is harmless
console.log('back to 0');
console.group('x', 1, { y: 2 });
console.log('%s in group', 'formatted');
console.table([{ a: 1 }]);
console.groupEnd();
