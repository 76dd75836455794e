// chalk 5 (ESM only), loaded with import() from CommonJS. stdout is not a terminal in tests, so
// the default instance has level 0; explicit levels show the escape codes via JSON.stringify.
import('chalk').then(({ default: chalk, Chalk, supportsColor, chalkStderr, modifierNames, foregroundColorNames, backgroundColorNames, colorNames }) => {
  const show = (label, s) => console.log(label, JSON.stringify(s));
  console.log('default level (stdout is not a TTY)', chalk.level, supportsColor, chalkStderr.level);
  show('level0 passthrough', chalk.red.bold('plain'));
  const level0visible = new Chalk({ level: 0 }).visible;

  const c1 = new Chalk({ level: 1 });
  const c2 = new Chalk({ level: 2 });
  const c3 = new Chalk({ level: 3 });
  for (const [name, c] of [['level1', c1], ['level2', c2], ['level3', c3]]) {
    show(`${name} red`, c.red('x'));
    show(`${name} bgBlue.white.bold`, c.bgBlue.white.bold('x'));
    show(`${name} hex`, c.hex('#ff8800')('x'));
    show(`${name} rgb`, c.rgb(10, 200, 30).bgRgb(1, 2, 3)('x'));
    show(`${name} ansi256`, c.ansi256(201).bgAnsi256(17)('x'));
    show(`${name} bgHex`, c.bgHex('#00f')('x'));
  }
  show('modifiers', c1.bold.dim.italic.underline.overline.inverse.hidden.strikethrough('m'));
  show('visible', c1.visible('v'));
  show('visible at level 0', level0visible('v'));
  show('reset', c1.reset('r'));
  show('bright colors', c1.redBright.bgGreenBright('b'), c1.gray('g'), c1.grey('g'), c1.bgGray('g'));
  show('nested', c1.red(`a ${c1.blue('b')} c ${c1.bold.green('d')} e`));
  show('multiple args', c1.green('a', 'b', 3, { x: 1 }));
  // chalk 5 dropped tagged-template support: the template strings array is just stringified.
  show('tagged template', c1.yellow`tagged ${1 + 1}`);
  show('newlines', c1.bgRed('line1\nline2\r\nline3'));
  show('empty', c1.red(''), c1.red());
  show('numbers', c2.cyan(42), c3.magenta(null));
  const warn = c3.bold.hex('#FFA500');
  show('chained reuse', warn('warn') + warn('again'));
  const level0 = new Chalk({ level: 0 });
  show('explicit level0', level0.red.bgBlue('zero'));
  c1.level = 0;
  show('level set to 0 later', c1.red('now plain'));
  c1.level = 3;
  show('level raised to 3', c1.red('back'));
  try { new Chalk({ level: 7 }); } catch (e) { console.log('bad level', e.name, e.message); }
  console.log('names', modifierNames.length, foregroundColorNames.length, backgroundColorNames.length, colorNames.length, modifierNames.join(','));
  console.log('foreground', foregroundColorNames.join(','));
}).catch((e) => console.log('failed', e.name, e.message));
