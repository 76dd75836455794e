// Shared by the fs tests: a fresh temporary directory, and error printing
// that hides its random name.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sandnode-fs-'));

function hide(s) {
  return typeof s === 'string' ? s.replaceAll(tmp, '<TMP>') : s;
}

// Prints what a test compares: code, name, message (and errno/syscall when set).
function show(label, err) {
  if (!err) {
    console.log(label, 'no error');
    return;
  }
  const parts = [label, err.code, err.name, JSON.stringify(hide(err.message))];
  if (err.errno !== undefined) parts.push(`errno=${err.errno}`);
  if (err.syscall !== undefined) parts.push(`syscall=${err.syscall}`);
  if (err.path !== undefined) parts.push(`path=${hide(String(err.path))}`);
  if (err.dest !== undefined) parts.push(`dest=${hide(String(err.dest))}`);
  console.log(...parts);
}

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r === 'string' ? hide(r) : r);
  } catch (err) {
    show(label, err);
  }
}

async function attemptAsync(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', typeof r === 'string' ? hide(r) : r);
  } catch (err) {
    show(label, err);
  }
}

function cleanup() {
  fs.rmSync(tmp, { recursive: true, force: true });
}

process.on('exit', cleanup);

module.exports = { fs, path, tmp, hide, show, attempt, attemptAsync, cleanup, join: (...p) => path.join(tmp, ...p) };
