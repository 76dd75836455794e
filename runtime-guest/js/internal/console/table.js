// console.table's box drawing, matching Node's layout.
'use strict';

const { inspect, getStringWidth } = require('internal/util/inspect');

const kIndex = '(index)';
const kIteration = '(iteration index)';
const kKey = 'Key';
const kValues = 'Values';

// Node shows one level inside a cell, none for objects of more than 2 keys.
function cell(v) {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, { depth, breakLength: Infinity, maxArrayLength: 3, colors: false });
}

// Display width in terminal columns (wide East Asian characters count 2).
function width(s) {
  return getStringWidth(s);
}

function renderRow(row, widths) {
  let out = '│';
  for (let i = 0; i < row.length; i++) {
    const w = widths[i];
    const len = width(row[i]);
    // Node 20+ left-aligns cells.
    out += ` ${row[i]}${' '.repeat(w - len + 1)}`;
    if (i !== row.length - 1) out += '│';
  }
  return `${out}│`;
}

function table(head, columns) {
  const rowCount = Math.max(0, ...columns.map((c) => c.length));
  const widths = head.map((h, i) => Math.max(width(h), ...columns[i].map((c) => width(c ?? ''))) );
  const line = (l, m, r) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  let out = `${line('┌', '┬', '┐')}\n${renderRow(head, widths)}\n${line('├', '┼', '┤')}\n`;
  for (let i = 0; i < rowCount; i++) {
    out += `${renderRow(columns.map((c) => c[i] ?? ''), widths)}\n`;
  }
  return out + line('└', '┴', '┘');
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function renderTable(data, properties) {
  const isMap = data instanceof Map;
  const isSet = data instanceof Set;
  if (isMap || isSet) {
    const indexCol = [];
    const keyCol = [];
    const valueCol = [];
    let i = 0;
    for (const entry of data) {
      indexCol.push(String(i++));
      if (isMap) {
        keyCol.push(cell(entry[0]));
        valueCol.push(cell(entry[1]));
      } else {
        valueCol.push(cell(entry));
      }
    }
    return isMap
      ? table([kIteration, kKey, kValues], [indexCol, keyCol, valueCol])
      : table([kIteration, kValues], [indexCol, valueCol]);
  }

  const keys = [];
  const valuesByKey = new Map();
  const indexCol = [];
  const primitiveCol = [];
  let hasPrimitives = false;
  const rows = Object.keys(data);
  rows.forEach((rowKey, i) => {
    indexCol.push(rowKey);
    const item = data[rowKey];
    if (isPrimitive(item)) {
      hasPrimitives = true;
      primitiveCol[i] = cell(item);
      return;
    }
    const cols = properties ?? Object.keys(item);
    for (const k of cols) {
      if (!valuesByKey.has(k)) {
        valuesByKey.set(k, []);
        keys.push(k);
      }
      if (properties === undefined || Object.prototype.hasOwnProperty.call(item, k)) {
        valuesByKey.get(k)[i] = cell(item[k]);
      }
    }
  });
  if (properties !== undefined) {
    for (const k of properties) if (!valuesByKey.has(k)) { valuesByKey.set(k, []); keys.push(k); }
  }
  const head = [kIndex, ...keys];
  const columns = [indexCol, ...keys.map((k) => valuesByKey.get(k))];
  if (hasPrimitives) {
    head.push(kValues);
    columns.push(primitiveCol);
  }
  // Holes become empty cells.
  for (const c of columns) for (let i = 0; i < rows.length; i++) if (c[i] === undefined) c[i] = '';
  return table(head, columns);
}

module.exports = { renderTable };
