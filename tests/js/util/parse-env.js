// golden: hand-written
// (node 22 output; node 20 differs)
// util.parseEnv: the .env format (quotes, export, comments, multi-line
// values, edge cases) and its argument check.
const util = require('util');
const show = (text) => console.log(JSON.stringify(text), '=>', JSON.stringify(util.parseEnv(text)));

show('A=1');
show('A=1\nB=2\n');
show('A=1\r\nB=2\r\n');
show('export A=exported');
show('export   SPACED=x');
show('  LEADING=spaces  ');
show('K = v');
show('K=  value with spaces  ');
show('K=value # comment');
show('K=value#nospace');
show('# whole line comment\nK=v');
show('K="double # not comment"');
show("K='single'");
show('K=`back`');
show('K="multi\nline\nvalue"\nNEXT=1');
show("K='single\nline'\nNEXT=1");
show('K="expand\\nnewline"');
show("K='no\\nexpand'");
show('K="unterminated\nNEXT=1');
show('K="unterminated');
show("K='mixed\"");
show('K=');
show('K=\nNEXT=1');
show('=novalue\nK=v');
show('NOEQUALS\nK=v');
show('K=a=b=c');
show('K=1\nK=2');
show('K="quoted" trailing');
show('EMPTY=""');
show('K=\'\'');
show('');
show('\n\n\n');
show('K=v\tTAB');
show('\tTABKEY=1');
show('K=caf\u00e9 ✓');
show('A=1\n\n# c\n\nB="x"  # c2\nC=\'y\'');
show('==');
show('=\t');
show('=`\t=\r\n\t');
show('x y\t=\r\n==A=x y``=');
show('K="a\nb"after \r\n # x=\\n\t  `');
show("K='a'after\n # not a comment=1");
show('\n\n=');
show('Z=1\nA=2\na=3\n_=4');
show('K=\u000b1');
for (const bad of [undefined, 1, null, {}, Buffer.from('A=1')]) {
  try {
    util.parseEnv(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
