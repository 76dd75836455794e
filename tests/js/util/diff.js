// golden: hand-written
// (node 22 output; node 20 differs)
// util.diff (Node 22.15+): character and line edit scripts, and argument
// checks.
const util = require('util');
const show = (a, b) => {
  try {
    console.log(JSON.stringify(a), JSON.stringify(b), JSON.stringify(util.diff(a, b)));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
show('abc', 'abd');
show('kitten', 'sitting');
show('', 'new');
show('old', '');
show('same', 'same');
show('', '');
show(['a', 'b', 'c'], ['a', 'c', 'd']);
show(['line 1', 'line 2'], ['line 0', 'line 1', 'line 2', 'line 3']);
show(['x'], []);
show([], []);
show('aaa', 'aa');
show('abcabba', 'cbabac');
show(['a', 'b'], 'ab');
show(1, 'a');
show('a', null);
show(['a', 1], ['a']);
show(['a'], ['b', {}]);
