// Quoting of strings nested in objects.
console.log(["single ' quote", 'double " quote', 'both \' and "', 'all \' " `', 'newline\nand tab\t']);
console.log({ 'key with space': 1, valid_id: 2, 'ünï': 3, '1abc': 4, 123: 5, 'a-b': 6 });
console.log(['back\\slash', '\u0000\u0001\u001b', '\u007f', 'emoji 😀', '\ud800 lone surrogate']);
console.log('top-level strings are not quoted: \'x\' "y"');
console.log([''], { empty: '' });
console.log(['x'.repeat(100)]);
