// process.stdout.write / process.stderr.write without newlines.
process.stdout.write('no newline');
process.stdout.write(' - continued\n');
process.stderr.write('err part 1, ');
process.stderr.write('err part 2\n');
console.log('write returns', typeof process.stdout.write('x\n'));
process.stdout.write('final line without newline');
