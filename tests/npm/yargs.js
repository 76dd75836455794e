// yargs 17: options, coercion, commands, strict mode, validation failures, help/version text.
// Every parse gets a fixed argv; output width, script name and locale are pinned.
const yargsFactory = require('yargs/yargs');

const j = (v) => JSON.stringify(v);
const clean = (argv) => { const o = { ...argv }; delete o.$0; return j(o); };
function cli(argv) {
  return yargsFactory(argv).scriptName('cli').locale('en').wrap(80).exitProcess(false);
}

// Options with types, aliases, defaults, choices, coercion, arrays, counts, negation.
const parsed = cli(['--port', '8080', '-v', '-v', '--name', 'app', '--tags', 'a', 'b', '--no-cache', '--json', '{"x":1}', '--mode', 'slow', 'extra1', '--nested.key', 'val', '--', '--raw'])
  .option('port', { alias: 'p', type: 'number', default: 3000, describe: 'port to listen on' })
  .option('verbose', { alias: 'v', type: 'count' })
  .option('name', { type: 'string', demandOption: true })
  .option('tags', { type: 'array' })
  .option('cache', { type: 'boolean', default: true })
  .option('json', { coerce: JSON.parse })
  .option('mode', { choices: ['fast', 'slow'] })
  .parserConfiguration({ 'populate--': true })
  .parse();
console.log('options', clean(parsed));
console.log('camelCase', clean(cli(['--dry-run', '--max-items=5', '--some_thing', 'x']).parse()));
console.log('implicit types', clean(cli(['--a', '5', '--b', '0x10', '--c', 'true', '--d', '1e3', '--e', '007']).parse()));
console.log('parserConfiguration', clean(cli(['--a.b', '1', '--foo-bar', '2']).parserConfiguration({ 'dot-notation': false, 'camel-case-expansion': false }).parse()));
console.log('env and config', clean(cli(['--fromcli', '1']).config({ fromConfig: 'yes', fromcli: 'overridden?' }).parse()));
console.log('middleware', clean(cli(['--x', '2']).middleware((argv) => { argv.doubled = argv.x * 2; }).parse()));
console.log('check ok', clean(cli(['--a', '1']).check((argv) => argv.a > 0).parse()));

// Failures go to .fail() instead of exiting.
function failing(label, build, argv) {
  let caught = null;
  try {
    const result = build(cli(argv)).fail((msg, err) => { caught = msg || (err && err.message); throw new Error(`FAILED: ${caught}`); }).parse();
    console.log(label, 'parsed', clean(result));
  } catch (e) {
    console.log(label, 'fail', JSON.stringify(e.message));
  }
}
failing('missing required', (y) => y.option('name', { demandOption: 'name is required' }), []);
failing('bad choice', (y) => y.option('mode', { choices: ['fast', 'slow'] }), ['--mode', 'medium']);
failing('strict unknown', (y) => y.option('a', { type: 'string' }).strict(), ['--a', 'x', '--bogus']);
failing('strict unknown command', (y) => y.command('serve', 'serve it').strict().demandCommand(1), ['srve']);
failing('demandCommand', (y) => y.command('a', 'A').demandCommand(1, 'need a command'), []);
failing('check fails', (y) => y.check((argv) => { if (argv.n < 10) throw new Error('n must be >= 10'); return true; }), ['--n', '3']);
failing('conflicts', (y) => y.option('a', { conflicts: 'b' }), ['--a', '--b']);
failing('implies', (y) => y.option('user', { implies: 'pass' }), ['--user', 'x']);
failing('coerce throws', (y) => y.option('n', { coerce: (v) => { if (isNaN(v)) throw new Error('not numeric'); return +v; } }), ['--n', 'abc']);
failing('requiresArg', (y) => y.option('o', { type: 'string', requiresArg: true }), ['--o']);
failing('positional count', (y) => y.command('copy <src> <dst>', 'copy').strict(), ['copy', 'only-src']);

// Commands with positionals, builders, handlers, nested commands, aliases, defaults.
const ran = [];
const commands = (argv) => cli(argv)
  .command('serve [port]', 'start the server', (y) => y.positional('port', { type: 'number', default: 5000 }).option('host', { default: 'localhost' }), (a) => ran.push(['serve', a.port, a.host]))
  .command(['remove <files..>', 'rm'], 'remove files', () => {}, (a) => ran.push(['remove', a.files]))
  .command('db', 'database ops', (y) => y
    .command('migrate [steps]', 'run migrations', (yy) => yy.positional('steps', { type: 'number' }), (a) => ran.push(['db migrate', a.steps ?? null]))
    .command('seed', 'seed data', {}, () => ran.push(['db seed']))
    .demandCommand(1))
  .command({ command: '$0 [target]', describe: 'default command', handler: (a) => ran.push(['default', a.target ?? null]) })
  .strict();
for (const argv of [['serve'], ['serve', '8080', '--host', '0.0.0.0'], ['rm', 'a.txt', 'b.txt'], ['db', 'migrate', '3'], ['db', 'seed'], ['something']]) {
  ran.length = 0;
  const a = commands(argv).parse();
  console.log('command', argv.join(' '), j(ran), j(a._));
}

// Help and version output, captured with the parse callback.
const helpCli = () => cli([])
  .usage('Usage: $0 <command> [options]')
  .command('serve [port]', 'start the server')
  .command('build', 'build the project', (y) => y.option('watch', { type: 'boolean', describe: 'rebuild on change' }))
  .option('verbose', { alias: 'v', type: 'boolean', describe: 'Run with verbose logging' })
  .option('config', { type: 'string', describe: 'Path to config', default: 'cli.json', group: 'Advanced:' })
  .example('$0 serve 8080', 'serve on port 8080')
  .epilogue('More info at https://example.com')
  .version('4.5.6')
  .help();
helpCli().parse(['--help'], (err, argv, output) => console.log('help output\n' + output));
helpCli().parse(['build', '--help'], (err, argv, output) => console.log('command help\n' + output));
helpCli().parse(['--version'], (err, argv, output) => console.log('version output', JSON.stringify(output)));
helpCli().parse(['--bad-flag-is-fine'], (err, argv, output) => console.log('no help', JSON.stringify(output), argv.badFlagIsFine));
console.log('getHelp type', typeof helpCli().getHelp);

// Async handlers and parseAsync.
cli(['later', '--ms', '5'])
  .command('later', 'async command', {}, async (a) => { await new Promise((r) => setTimeout(r, a.ms)); console.log('async handler done', a.ms); })
  .parseAsync()
  .then((a) => console.log('parseAsync resolved', j(a._)));
