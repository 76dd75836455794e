// util.parseEnv(): the .env format as Node 22 reads it (compatible with the
// dotenv package): KEY=value lines, `export ` prefixes, # comments, and
// values in '', "" or `` quotes, where double quotes may span lines and
// turn \n into a newline.
'use strict';

const trimSpaces = (s) => s.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');

// Removes the first line of `text` (through its newline).
function afterLine(text, from = 0) {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? '' : text.slice(nl + 1);
}

function parseDotenv(input) {
  const result = {};
  let content = trimSpaces(input.replaceAll('\r', ''));
  while (content !== '') {
    // Blank lines and comments.
    if (content[0] === '\n' || content[0] === '#') {
      content = afterLine(content);
      continue;
    }
    const eqOrNl = content.search(/[=\n]/);
    // A line without "=" is ignored.
    if (eqOrNl === -1) break;
    if (content[eqOrNl] === '\n') {
      content = trimSpaces(afterLine(content));
      continue;
    }
    let key = trimSpaces(content.slice(0, eqOrNl));
    content = content.slice(eqOrNl + 1);
    // Node stores an empty value even under an empty key.
    if (content === '' || content[0] === '\n') {
      result[key] = '';
      continue;
    }
    content = trimSpaces(content);
    // An empty key: parsing resumes right after the "=".
    if (key === '') continue;
    if (key.startsWith('export ')) key = trimSpaces(key.slice(7));

    const quote = content[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = content.indexOf(quote, 1);
      if (close === -1) {
        // No closing quote: the rest of the line, quote included.
        const nl = content.indexOf('\n');
        result[key] = nl === -1 ? content : content.slice(0, nl);
        content = nl === -1 ? '' : content.slice(nl);
      } else {
        const value = content.slice(1, close);
        result[key] = quote === '"' ? value.replaceAll('\\n', '\n') : value;
        // Node resumes on the next line without trimming it first.
        content = afterLine(content, close + 1);
        continue;
      }
    } else {
      const nl = content.indexOf('\n');
      let value = nl === -1 ? content : content.slice(0, nl);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      result[key] = trimSpaces(value);
      content = nl === -1 ? '' : content.slice(nl + 1);
    }
    content = trimSpaces(content);
  }
  // Node keeps the variables in a sorted map, so they come out sorted.
  const sorted = {};
  for (const key of Object.keys(result).sort()) sorted[key] = result[key];
  return sorted;
}

module.exports = { parseDotenv };
