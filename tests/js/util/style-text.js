// golden: hand-written
// (node 22 output; node 20 differs)
// util.styleText: formats and arrays of formats, nesting, the stream check
// (non-TTY output gets plain text) and validation errors.
const util = require('util');
const show = (...args) => {
  try {
    console.log(JSON.stringify(util.styleText(...args)));
  } catch (err) {
    console.log(err.name, err.code, err.message.length > 120 ? `${err.message.slice(0, 60)}...${err.message.slice(-40)}` : err.message);
  }
};
const raw = { validateStream: false };

show('red', 'plain because stdout is a file');
show(['bold', 'red'], 'plain too');
show('red', 'red text', raw);
show('bgBlue', 'bg', raw);
show(['bold', 'italic', 'underline'], 'many', raw);
show('none', 'none', raw);
show(['none', 'green'], 'none and green', raw);
show([], 'no formats', raw);
show('grey', 'alias', raw);
show('strikethrough', 'strike', raw);
show('dim', 'dim', raw);
show('red', `outer ${util.styleText('blue', 'inner', raw)} outer`, raw);
show('bold', `b ${util.styleText('dim', 'd', raw)} b`, raw);
show('red', `${util.styleText('red', 'same', raw)} end`, raw);
show('green', '', raw);
show('nonexistent', 'x', raw);
show(['red', 'nope'], 'x', raw);
show('nope', 'x');
show('red', 5);
show('red', null, raw);
show('red', 'x', { validateStream: 'yes' });
show('red', 'x', { stream: {} });
show('red', 'x', { stream: null });
show('red', 'x', { stream: process.stderr });
show(5, 'x', raw);
util.inspect.colors.custom = [95, 39];
show('custom', 'custom color', raw);
