// Line diff for assertion messages: Myers' shortest edit script over the
// inspected lines of `actual` and `expected`, printed with `+`/`-` marks and
// long unchanged stretches folded the way Node 22 folds them.
'use strict';

const { codes } = require('internal/errors');

const INSERT = 1; // line only in actual
const DELETE = -1; // line only in expected
const KEEP = 0;

// Unchanged lines shown around a change before the rest is folded to `...`.
const kContextLines = 5;

// Object lines that differ only by a trailing comma (the last entry of one
// side is not last on the other) count as the same line.
function sameLine(a, e, commaBlind) {
  if (a === e) return true;
  return commaBlind && (`${a},` === e || a === `${e},`);
}

// Forward pass: for each edit count d, the furthest x reached on every
// diagonal k = x - y. The frontier of every round is kept for the walk back.
function myersDiff(actual, expected, commaBlind = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > 2 ** 31 - 1) throw new codes.ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', max);
  const frontier = new Int32Array(2 * max + 1);
  const rounds = [];
  for (let d = 0; d <= max; d++) {
    rounds.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[max + k - 1] < frontier[max + k + 1]);
      let x = down ? frontier[max + k + 1] : frontier[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], commaBlind)) {
        x++;
        y++;
      }
      frontier[max + k] = x;
      if (x >= n && y >= m) return walkBack(rounds, actual, expected, commaBlind);
    }
  }
  return [];
}

// Rebuilds the edit script from the end; the result runs last-to-first.
function walkBack(rounds, actual, expected, commaBlind) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const ops = [];
  for (let d = rounds.length - 1; d >= 0; d--) {
    const v = rounds[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
    const prevX = v[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      // Of two comma-blind equal lines, show the one with the comma.
      const line = actual[x - 1];
      ops.push([KEEP, commaBlind && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) ops.push([INSERT, actual[--x]]);
      else ops.push([DELETE, expected[--y]]);
    }
  }
  return ops;
}

// Character diff (colour mode only); without colours it is the plain text.
function printSimpleMyersDiff(ops) {
  let out = '';
  for (let i = ops.length - 1; i >= 0; i--) out += ops[i][1];
  return `\n${out}`;
}

// `+ line` / `- line` / `  line`; a run of more than kContextLines + 2
// unchanged lines before a change keeps only its first kContextLines and
// its last line, with `...` between them.
// (Without colours partialDeepStrictEqual marks its lines the same way.)
function printMyersDiff(ops) {
  let out = '';
  let skipped = false;
  let keptRun = 0;
  for (let i = ops.length - 1; i >= 0; i--) {
    const [op, line] = ops[i];
    const prevOp = i < ops.length - 1 ? ops[i + 1][0] : null;
    if (prevOp === KEEP && op !== KEEP) {
      const hidden = keptRun - kContextLines;
      if (hidden === 1) {
        out += `  ${ops[i + 1][1]}\n`;
      } else if (hidden === 2) {
        out += `  ${ops[i + 2][1]}\n  ${ops[i + 1][1]}\n`;
      } else if (hidden >= 3) {
        out += `...\n  ${ops[i + 1][1]}\n`;
        skipped = true;
      }
      keptRun = 0;
    }
    if (op === INSERT) {
      out += `+ ${line}\n`;
    } else if (op === DELETE) {
      out += `- ${line}\n`;
    } else {
      if (keptRun < kContextLines) out += `  ${line}\n`;
      keptRun++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff, printSimpleMyersDiff };
