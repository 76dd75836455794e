#!/usr/bin/env node
// Records the golden files of the differential test corpus from node.
//
// Usage:
//   node tests/record-golden.mjs [options] [paths or dirs...]
//
// With no paths, every test under tests/js is recorded. A test is
// tests/js/<area>/<name>.js; its goldens are <name>.stdout, <name>.stderr and
// <name>.code, written next to it. Optional sidecars are honoured:
//   <name>.args            one command-line argument per line, after the script
//   <name>.stdin           fed to standard input (otherwise stdin is /dev/null)
//   <name>.sandnode-flags  ignored here (flags only sandnode gets)
//
// Each test runs as `node <name>.js <args...>` with its own directory as the
// working directory, twice: if the two runs differ (stdout, stderr or exit
// status) the test is flaky, nothing at all is written and the script exits 1,
// naming the flaky tests and showing the first difference.
//
// In recorded output the absolute path of the tests/js directory becomes the
// literal <ROOT> (its file:// URL form becomes file://<ROOT>). Nothing else is
// rewritten. A death by signal is recorded as exit status 128+signo.
//
// A test whose leading comments contain the line `// golden: hand-written`
// is skipped (its goldens were written by hand, e.g. for Node 22 behaviour
// that the node recording them lacks); the script says so.
//
// Options:
//   --check        record nothing: compare fresh node output with the goldens
//                  on disk and exit 1 if any differ (hand-written tests are
//                  compared too, unless --skip-hand-written is given). Both
//                  sides are normalized the way the Rust runner does it (see
//                  normalize() below), so another node version can be
//                  checked with --node; --raw compares the bytes instead.
//   --skip-hand-written   with --check, leave hand-written tests out
//   --node PATH    the node binary to run (default: the one running this)
//   --timeout MS   per-run time limit (default 10000)
//   -v, --verbose  print every test's status

import { spawnSync } from 'node:child_process';
import os, { constants as osConstants } from 'node:os';
import { pathToFileURL, fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, 'js');
// The npm fixture's tests: tests/npm/<name>.js, next to its node_modules.
const NPM_ROOT = path.join(HERE, 'npm');
const HAND_WRITTEN_RE = /^\/\/\s*golden:\s*hand-written\s*$/;

function usage(msg) {
  if (msg) process.stderr.write(`record-golden: ${msg}\n`);
  process.stderr.write(
    'usage: node tests/record-golden.mjs [--check [--raw] [--skip-hand-written]] ' +
    '[--node PATH] [--timeout MS] [-v] [paths or dirs...]\n');
  process.exit(2);
}

const opts = { check: false, raw: false, skipHand: false, node: process.execPath, timeout: 10000, verbose: false };
const targets = [];
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--skip-hand-written') opts.skipHand = true;
    else if (a === '--raw') opts.raw = true;
    else if (a === '--node') { if (++i >= argv.length) usage('--node needs a path'); opts.node = argv[i]; }
    else if (a === '--timeout') {
      if (++i >= argv.length) usage('--timeout needs a number');
      opts.timeout = Number(argv[i]);
      if (!(opts.timeout > 0)) usage(`bad --timeout ${argv[i]}`);
    }
    else if (a === '-v' || a === '--verbose') opts.verbose = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else targets.push(a);
  }
}

// ---------------------------------------------------------------- discovery

// A test is a .js file exactly two levels below ROOT: <area>/<name>.js.
function isTestFile(abs) {
  if (path.dirname(abs) === NPM_ROOT) return abs.endsWith('.js') && fs.statSync(abs).isFile();
  const rel = path.relative(ROOT, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  return parts.length === 2 && parts[1].endsWith('.js') && fs.statSync(abs).isFile();
}

function walk(dir, out) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, ent.name);
    if (ent.isDirectory()) { if (ent.name !== 'node_modules') walk(abs, out); }
    else if (ent.isFile() && isTestFile(abs)) out.push(abs);
  }
}

function discover() {
  const found = new Set();
  const list = targets.length ? targets : [ROOT];
  for (const t of list) {
    const abs = path.resolve(t);
    let st;
    try { st = fs.statSync(abs); } catch { usage(`no such file or directory: ${t}`); }
    if (st.isDirectory()) {
      const out = [];
      walk(abs, out);
      out.forEach((f) => found.add(f));
    } else if (isTestFile(abs)) {
      found.add(abs);
    } else {
      usage(`not a test (expected ${path.relative(process.cwd(), ROOT) || '.'}/<area>/<name>.js): ${t}`);
    }
  }
  return [...found].sort();
}

// ------------------------------------------------------------------ running

function sidecar(test, ext) {
  const p = test.slice(0, -3) + ext;
  return fs.existsSync(p) ? p : null;
}

function readArgs(test) {
  const p = sidecar(test, '.args');
  if (!p) return [];
  const text = fs.readFileSync(p, 'utf8');
  // One argument per line; a final newline does not add an empty argument.
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function isHandWritten(test) {
  // Only the leading block of comments / blank lines (and a shebang) counts.
  const lines = fs.readFileSync(test, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (i === 0 && line.startsWith('#!')) continue;
    if (line === '' || line === "'use strict';" || line === '"use strict";') continue;
    if (!line.startsWith('//')) return false;
    if (HAND_WRITTEN_RE.test(line)) return true;
  }
  return false;
}

// Output is handled as latin1 strings so that arbitrary bytes round-trip.
const toBin = (s) => Buffer.from(s, 'utf8').toString('latin1');
// Each corpus directory is written <ROOT> in its own goldens.
function rewrite(bin, root = ROOT) {
  return bin.split(toBin(pathToFileURL(root).href)).join('file://<ROOT>').split(toBin(root)).join('<ROOT>');
}

function childEnv() {
  const env = { ...process.env };
  // Anything that would change node's behaviour or output.
  for (const k of Object.keys(env)) {
    if (k.startsWith('NODE_') || k === 'FORCE_COLOR' || k === 'NO_COLOR' || k === 'UV_THREADPOOL_SIZE') delete env[k];
  }
  return env;
}
const ENV = childEnv();

// stdout and stderr go to temporary files, not to the socketpairs that
// child_process would create: node writes to files and pipes synchronously
// but to sockets asynchronously, so output written just before
// process.exit() could be cut short otherwise. stdin is the .stdin file or
// /dev/null, likewise opened as a file.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'record-golden-'));
process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));

function runOnce(test) {
  const dir = path.dirname(test);
  const args = readArgs(test);
  const stdinFile = sidecar(test, '.stdin') || '/dev/null';
  const outPath = path.join(TMP, 'stdout');
  const errPath = path.join(TMP, 'stderr');
  const fds = [fs.openSync(stdinFile, 'r'), fs.openSync(outPath, 'w'), fs.openSync(errPath, 'w')];
  let r;
  try {
    r = spawnSync(opts.node, [path.basename(test), ...args], {
      cwd: dir,
      env: ENV,
      stdio: fds,
      timeout: opts.timeout,
      killSignal: 'SIGKILL',
    });
  } finally {
    fds.forEach((fd) => fs.closeSync(fd));
  }
  if (r.error) {
    if (r.error.code === 'ETIMEDOUT') return { error: `timed out after ${opts.timeout} ms` };
    return { error: `could not run ${opts.node}: ${r.error.message}` };
  }
  r.stdout = fs.readFileSync(outPath);
  r.stderr = fs.readFileSync(errPath);
  let code;
  if (r.signal) {
    const signo = osConstants.signals[r.signal];
    if (signo === undefined) return { error: `killed by unknown signal ${r.signal}` };
    code = 128 + signo;
  } else {
    code = r.status;
  }
  return {
    stdout: rewrite(r.stdout.toString('latin1'), dir === NPM_ROOT ? NPM_ROOT : ROOT),
    stderr: rewrite(r.stderr.toString('latin1'), dir === NPM_ROOT ? NPM_ROOT : ROOT),
    code: `${code}\n`,
  };
}

// The comparison rules of the Rust runner, applied to expected and actual
// output alike: stack frames inside node: internals are dropped, other frames
// keep only their location, `Node.js v<version>` loses its version and a
// caret line (spaces and ^ only) becomes a single ^.
// A frame is `at NAME (LOCATION)` or `at LOCATION`; util.inspect puts the
// ` {` that opens an error's property block at the end of the last frame.
function parseFrame(rest) {
  const brace = rest.endsWith(' {') ? ' {' : '';
  if (brace) rest = rest.slice(0, -2);
  const m = /^(?:.*? )?\((.*)\)$/.exec(rest);
  return { loc: m ? m[1] : rest, brace };
}
function normalize(bin) {
  const out = [];
  for (const line of bin.split('\n')) {
    const m = /^\s+at (.*)$/.exec(line);
    if (m) {
      const { loc, brace } = parseFrame(m[1]);
      if (loc.startsWith('node:')) continue;
      out.push(`    at ${loc}${brace}`);
    } else if (/^[ ^]*\^[ ^]*$/.test(line)) {
      out.push('^');
    } else {
      out.push(line.replace(/Node\.js v\d+\.\d+\.\d+\S*/g, 'Node.js <version>'));
    }
  }
  return out.join('\n');
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      const show = (s) => {
        if (s === undefined) return '<end of output>';
        const j = JSON.stringify(Buffer.from(s, 'latin1').toString('utf8'));
        return j.length > 160 ? `${j.slice(0, 160)}... (${j.length} chars)` : j;
      };
      return `line ${i + 1}:\n      ${show(la[i])}\n    vs ${show(lb[i])}`;
    }
  }
  return '(no line differs)';
}

function compare(a, b) {
  const diffs = [];
  for (const k of ['code', 'stdout', 'stderr']) {
    if (a[k] !== b[k]) diffs.push(`  ${k} differs, ${firstDifference(a[k], b[k])}`);
  }
  return diffs;
}

// --------------------------------------------------------------------- main

const tests = discover();
if (tests.length === 0) usage('no tests found');

const rel = (p) => (path.dirname(p) === NPM_ROOT ? path.join('npm', path.basename(p)) : path.relative(ROOT, p));
const results = [];
const skipped = [];
const flaky = [];
const failed = [];

// A test with a `<name>.needs-postgres` sidecar talks to the throwaway
// PostgreSQL server of scripts/pg-fixture.sh: start it first and stop it at
// the end, unless it was already running.
let startedPostgres = false;
function pgFixture(cmd) {
  const r = spawnSync(path.join(HERE, '..', 'scripts', 'pg-fixture.sh'), [cmd], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`record-golden: scripts/pg-fixture.sh ${cmd} failed`);
    process.exit(1);
  }
  return r.stdout.trim();
}
process.on('exit', () => { if (startedPostgres) pgFixture('stop'); });

for (const test of tests) {
  if (!startedPostgres && sidecar(test, '.needs-postgres')) startedPostgres = pgFixture('start') === 'started';
  const hand = isHandWritten(test);
  if (hand) {
    const missing = ['stdout', 'stderr', 'code'].filter((k) => !fs.existsSync(`${test.slice(0, -3)}.${k}`));
    if (missing.length) {
      failed.push(`${rel(test)}: marked "golden: hand-written" but has no ${missing.map((k) => `.${k}`).join(', ')} file`);
      continue;
    }
  }
  if (hand && (!opts.check || opts.skipHand)) {
    skipped.push(test);
    console.log(`skip  ${rel(test)}  (golden: hand-written, ${opts.check ? 'not checked' : 'not re-recorded'})`);
    continue;
  }
  const a = runOnce(test);
  if (a.error) { failed.push(`${rel(test)}: ${a.error}`); continue; }
  if (opts.check) {
    const base = test.slice(0, -3);
    const golden = {};
    for (const k of ['stdout', 'stderr', 'code']) {
      const p = `${base}.${k}`;
      golden[k] = fs.existsSync(p) ? fs.readFileSync(p).toString('latin1') : '<missing golden file>';
    }
    const norm = (o) => (opts.raw ? o : { code: o.code, stdout: normalize(o.stdout), stderr: normalize(o.stderr) });
    const diffs = compare(norm(golden), norm(a));
    if (diffs.length) failed.push(`${rel(test)}${hand ? ' (hand-written)' : ''}: golden vs ${opts.node}\n${diffs.join('\n')}`);
    else if (opts.verbose) console.log(`ok    ${rel(test)}`);
    continue;
  }
  const b = runOnce(test);
  if (b.error) { failed.push(`${rel(test)}: second run: ${b.error}`); continue; }
  const diffs = compare(a, b);
  if (diffs.length) { flaky.push(`${rel(test)}\n${diffs.join('\n')}`); continue; }
  results.push({ test, out: a });
  if (opts.verbose) console.log(`run   ${rel(test)}  (exit ${a.code.trim()})`);
}

if (flaky.length || failed.length) {
  for (const f of failed) console.error(`record-golden: FAILED ${f}`);
  for (const f of flaky) {
    console.error(`record-golden: FLAKY (output differs between two consecutive node runs) ${f}`);
  }
  if (!opts.check) {
    console.error(`record-golden: refusing to record: ${flaky.length} flaky, ${failed.length} failed; ` +
      'no golden file was written. Make the tests deterministic (no pids, timings, ' +
      'random values or absolute paths outside tests/js) and try again.');
  } else {
    console.error(`record-golden: ${failed.length} of ${tests.length - skipped.length} tests do not match their goldens`);
  }
  process.exit(1);
}

if (opts.check) {
  console.log(`record-golden: all ${tests.length - skipped.length} checked tests match their goldens` +
    (skipped.length ? ` (${skipped.length} hand-written skipped)` : ''));
  process.exit(0);
}

let changed = 0;
for (const { test, out } of results) {
  const base = test.slice(0, -3);
  let touched = false;
  for (const k of ['stdout', 'stderr', 'code']) {
    const p = `${base}.${k}`;
    const data = Buffer.from(out[k], 'latin1');
    if (fs.existsSync(p) && fs.readFileSync(p).equals(data)) continue;
    fs.writeFileSync(p, data);
    touched = true;
  }
  if (touched) { changed++; console.log(`wrote ${rel(test)}`); }
}
const version = spawnSync(opts.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`record-golden: recorded ${results.length} tests with node ${version} ` +
  `(${changed} changed, ${results.length - changed} unchanged, ${skipped.length} hand-written skipped)`);
