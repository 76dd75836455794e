// process.env: an object whose values are coerced to strings.
console.log(typeof process.env);
console.log('missing', process.env.SANDNODE_TEST_SURELY_UNSET);
process.env.SANDNODE_TEST_A = 1;
console.log(typeof process.env.SANDNODE_TEST_A, process.env.SANDNODE_TEST_A);
process.env.SANDNODE_TEST_B = true;
console.log(process.env.SANDNODE_TEST_B);
process.env.SANDNODE_TEST_C = undefined;
console.log(JSON.stringify(process.env.SANDNODE_TEST_C));
console.log('in', 'SANDNODE_TEST_A' in process.env);
delete process.env.SANDNODE_TEST_A;
console.log('after delete', process.env.SANDNODE_TEST_A, 'SANDNODE_TEST_A' in process.env);
console.log('keys include B', Object.keys(process.env).includes('SANDNODE_TEST_B'));
