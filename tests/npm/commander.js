// commander 12: options, arguments, subcommands, help text, errors (via exitOverride), hooks.
const { Command, Option, Argument, InvalidArgumentError, CommanderError } = require('commander');

// Capture commander's output instead of letting it write and exit.
function makeProgram() {
  const out = [];
  const program = new Command('tool')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.push(['out', s]),
      writeErr: (s) => out.push(['err', s]),
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
    });
  return { program, out };
}
const flush = (label, out) => { for (const [kind, s] of out.splice(0)) console.log(`${label} [${kind}]`, JSON.stringify(s)); };
const tryParse = (label, program, out, argv) => {
  try { program.parse(argv, { from: 'user' }); console.log(label, 'opts', JSON.stringify(program.opts()), 'args', JSON.stringify(program.args)); } catch (e) {
    console.log(label, 'throws', e.constructor.name, e.code, e.exitCode, JSON.stringify(e.message));
  }
  flush(label, out);
};

function intArg(value) {
  const n = parseInt(value, 10);
  if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
  return n;
}
const collect = (v, prev) => prev.concat([v]);

{
  const { program, out } = makeProgram();
  program
    .version('1.2.3', '-V, --version', 'print the version')
    .description('A test CLI')
    .option('-d, --debug', 'output extra debugging')
    .option('-p, --port <number>', 'port number', intArg, 8080)
    .option('-n, --name [value]', 'optional value')
    .option('--no-color', 'disable colors')
    .option('-t, --tag <tag>', 'repeatable tag', collect, [])
    .option('-l, --list <items...>', 'variadic list')
    .addOption(new Option('-m, --mode <mode>', 'run mode').choices(['fast', 'slow']).default('fast'))
    .addOption(new Option('--secret <s>').hideHelp().env('TOOL_SECRET_NOT_SET'))
    .addOption(new Option('--level <n>', 'verbosity').argParser(intArg).conflicts('quiet'))
    .option('-q, --quiet', 'quiet')
    .argument('[files...]', 'input files');
  tryParse('basic', program, out, ['-d', '-p', '9000', '--name', '--no-color', '-t', 'a', '--tag=b', 'x.txt', 'y.txt']);
}
{
  const { program, out } = makeProgram();
  program.option('-x, --ex').option('-v, --verbose').option('-o <file>').option('--dry-run');
  tryParse('combined short', program, out, ['-xvofile.txt', '--dry-run', '--', '--not-option']);
}
for (const argv of [['--port', 'abc'], ['--mode', 'medium'], ['--unknown'], ['--port'], ['--level', '2', '-q'], ['-V'], ['--help'], ['-h']]) {
  const { program, out } = makeProgram();
  program.version('1.2.3').option('-p, --port <number>', 'port number', intArg).addOption(new Option('--mode <m>').choices(['fast', 'slow']))
    .addOption(new Option('--level <n>').conflicts('quiet')).option('-q, --quiet').description('desc here');
  tryParse(`error ${argv.join(' ')}`, program, out, argv);
}

// Subcommands with actions, aliases, and required arguments (a fresh program per argv, since
// commander keeps option values between parse() calls).
const calls = [];
function gitLite() {
  const { program, out } = makeProgram();
  program.name('git-lite').option('-C <dir>', 'run in dir').showSuggestionAfterError();
  program.command('clone')
    .description('clone a repo')
    .argument('<url>', 'repository url')
    .argument('[dir]', 'target directory', 'default-dir')
    .option('--depth <n>', 'history depth', intArg)
    .action((url, dir, opts, cmd) => calls.push(['clone', url, dir, opts, cmd.name(), cmd.parent.opts()]));
  program.command('remote').alias('rm').description('manage remotes')
    .command('add <name> <url>').action((name, url) => calls.push(['remote add', name, url]));
  program.command('commit').option('-m, --message <msg>').requiredOption('--author <who>', 'author is required')
    .addArgument(new Argument('[paths...]', 'paths').default(['.']))
    .action(function (paths) { calls.push(['commit', paths, this.opts()]); });
  program.command('hidden', { hidden: true }).action(() => calls.push(['hidden']));
  return { program, out };
}
for (const argv of [['-C', 'some/dir', 'clone', 'https://x/y.git', '--depth', '1'], ['clone', 'u'], ['rm', 'add', 'origin', 'https://o'],
  ['commit', '--author', 'me', '-m', 'msg', 'a.js', 'b.js'], ['commit', '-m', 'x'], ['clon', 'u'], ['clone'], ['hidden'], ['help', 'clone'],
  ['clone', 'a', 'b', 'c'], ['clone', '--depth', 'deep', 'u']]) {
  const { program, out } = gitLite();
  calls.length = 0;
  tryParse(`sub ${argv.join(' ')}`, program, out, argv);
  for (const c of calls) console.log('  action', JSON.stringify(c));
}
{
  const { program } = gitLite();
  console.log('help text\n' + program.helpInformation());
  console.log('subcommand help\n' + program.commands[0].helpInformation());
  console.log('commands', program.commands.map((c) => `${c.name()}|${c.aliases().join(',')}|${c.description()}`).join(' ; '));
}

// Hooks, async actions, storeOptionsAsProperties-free API, allowUnknownOption, passThrough.
{
  const { program, out } = makeProgram();
  const events = [];
  program.enablePositionalOptions();
  program.hook('preAction', (thisCmd, actionCmd) => events.push(`pre:${actionCmd.name()}`))
    .hook('postAction', (thisCmd, actionCmd) => events.push(`post:${actionCmd.name()}`));
  program.command('build').option('--watch').action(async (opts) => { await new Promise((r) => setTimeout(r, 5)); events.push(`build watch=${!!opts.watch}`); });
  program.command('run').allowUnknownOption().allowExcessArguments().passThroughOptions().argument('<script>').argument('[args...]')
    .action((script, args) => events.push(`run ${script} ${JSON.stringify(args)}`));
  program.parseAsync(['build', '--watch'], { from: 'user' }).then(() => {
    console.log('async events', JSON.stringify(events));
    events.length = 0;
    return program.parseAsync(['run', 'test', '--grep', 'x', '-v'], { from: 'user' });
  }).then(() => {
    console.log('passThrough events', JSON.stringify(events));
    flush('hooks', out);
  });
}

// Option helpers.
const o = new Option('-s, --size <kb>', 'size in KB').default(1024, 'one MB').makeOptionMandatory().preset(2048);
console.log('Option', o.flags, o.short, o.long, o.attributeName(), o.required, o.optional, o.mandatory, o.defaultValue, o.defaultValueDescription, o.isBoolean());
const neg = new Option('--no-cache');
console.log('negate', neg.negate, neg.attributeName(), neg.long);
const cmd = new Command().option('-a, --alpha').option('-b <v>').exitOverride();
cmd.setOptionValue('alpha', true);
console.log('setOptionValue', JSON.stringify(cmd.opts()), cmd.getOptionValueSource('alpha'));
const e = new CommanderError(3, 'my.code', 'my message');
console.log('CommanderError', e.name, e.exitCode, e.code, e.message, e instanceof Error);
const programFromArgv = new Command().option('--flag').exitOverride();
programFromArgv.parse(['node', 'script.js', '--flag', 'pos']);
console.log('from node argv', JSON.stringify(programFromArgv.opts()), JSON.stringify(programFromArgv.args), programFromArgv.name());
