// ejs 3: templates given as strings (no files): escaping, control flow, includes through a
// custom includer, custom delimiters, compile options, client functions, async, errors.
const ejs = require('ejs');

const r = (label, tpl, data, opts) => {
  try { console.log(label, JSON.stringify(ejs.render(tpl, data, opts))); } catch (e) { console.log(label, 'throws', e.name, JSON.stringify(e.message)); }
};
r('escape', '<p><%= html %></p><%- html %>', { html: '<b>"q" & \'a\'</b>' });
r('scriptlet', '<ul><% items.forEach(function (it, i) { %><li><%= i %>:<%= it %></li><% }) %></ul>', { items: ['a', 'b'] });
r('conditional', '<% if (user) { %>Hi <%= user.name %><% } else { %>Anon<% } %>', { user: { name: 'Ann' } });
r('conditional else', '<% if (user) { %>Hi<% } else { %>Anon<% } %>', { user: null });
r('whitespace trim', 'a\n  <%_ if (true) { _%>\n  b\n  <%_ } _%>\nc\n<%= x -%>\nd', { x: 1 });
r('newline slurp', '<% for (var i = 0; i < 2; i++) { -%>\nrow <%= i %>\n<% } -%>\nend', {});
r('comment and literal', '<%# a comment %>x <%% not a tag %> y', {});
r('rmWhitespace', '  a  \n\n   b  \n', {}, { rmWhitespace: true });
r('custom delimiters', '[?= name ?] {{ and }}', { name: 'N' }, { delimiter: '?', openDelimiter: '[', closeDelimiter: ']' });
r('global delimiter', '<$= 1 + 1 $>', {}, { delimiter: '$' });
r('strict mode', '<%= locals.a %>-<%= typeof b %>', { a: 1 }, { strict: true });
r('_with false', '<%= it.a %>', { a: 2 }, { _with: false, localsName: 'it' });
r('escapeFunction', '<%= v %>', { v: 'abc' }, { escapeFunction: (s) => String(s).toUpperCase() });
r('destructuredLocals', '<%= a %>+<%= b %>', { a: 1, b: 2 }, { _with: false, strict: true, destructuredLocals: ['a', 'b'] });
r('undefined var', '<%= missing %>', {});
r('null/undefined output', '[<%= n %>][<%= u %>][<%- n %>]', { n: null, u: undefined });
r('numbers/objects', '<%= 1.5 %> <%= [1,2] %> <%= {a:1} %>', {});

// Includes resolved by a custom includer (no file system access).
const files = {
  'header': '<header><%= title %></header>',
  'item': '<li><%= item.name %><%- include("badge", { n: item.n }) %></li>',
  'badge': '<% if (n) { %><b><%= n %></b><% } %>',
  '/abs/footer': '<footer>&copy; <%= year %></footer>',
};
const seenPaths = [];
const includer = (originalPath, parsedPath) => {
  seenPaths.push([originalPath, parsedPath === undefined ? null : parsedPath]);
  const key = originalPath.replace(/\.ejs$/, '');
  return files[key] !== undefined ? { template: files[key] } : undefined;
};
r('includes', '<%- include("header") %><ul><% items.forEach(function (item) { %><%- include("item", { item }) %><% }) %></ul><%- include("/abs/footer", { year: 2024 }) %>',
  { title: 'T', items: [{ name: 'x', n: 3 }, { name: 'y', n: 0 }] }, { includer });
console.log('includer paths', JSON.stringify(seenPaths));
r('include missing', '<%- include("nope") %>', {}, { includer });

// compile(), client functions, context, caching.
const fn = ejs.compile('Hello <%= name %>! <%= this.greeting %>', { context: { greeting: 'ctx' } });
console.log('compile', fn({ name: 'World' }), typeof fn);
const client = ejs.compile('<p><%= msg %></p>', { client: true });
console.log('client', client({ msg: '<x>' }), typeof client.toString());
const clientSrc = client.toString();
console.log('client source has escapeFn', /escapeFn/.test(clientSrc), clientSrc.length > 50);
const revived = new Function('return ' + clientSrc)();
console.log('client revived', revived({ msg: '&' }, (s) => `[${s}]`));
ejs.cache.set('key1', ejs.compile('cached <%= v %>'));
console.log('cache', ejs.render('ignored', { v: 1 }, { cache: true, filename: 'key1' }));
ejs.clearCache();
console.log('cache cleared', ejs.cache.get('key1'));
const counted = ejs.compile('<%= a %>', { compileDebug: false });
console.log('compileDebug false', counted({ a: 'x' }));

// Async templates.
ejs.render('<%= await Promise.resolve(v * 2) %>', { v: 21 }, { async: true }).then((s) => console.log('async render', s));
const asyncFn = ejs.compile('<% for (const x of xs) { %><%= await x %>,<% } %>', { async: true });
asyncFn({ xs: [Promise.resolve(1), Promise.resolve(2)] }).then((s) => console.log('async compile', s));

// Errors: syntax errors and runtime errors carry the template line.
r('syntax error', '<% if (x) { %>unclosed', { x: 1 });
r('runtime error', 'line1\nline2 <%= boom() %>\nline3', {});
r('runtime error with filename', 'a\n<%= obj.deep.x %>', { obj: {} }, { filename: 'views/page.ejs' });
r('unclosed tag', '<%= x ', { x: 1 });
try { ejs.compile('x', { delimiter: '' }); console.log('empty delimiter ok'); } catch (e) { console.log('empty delimiter', e.message); }
r('bad localsName', '<%= a %>', { a: 1 }, { _with: false, localsName: 'bad-name' });
console.log('escapeXML', ejs.escapeXML('<a href="x">\'&\'</a>'), ejs.VERSION === require('ejs/package.json').version, ejs.name);
console.log('promiseImpl', typeof ejs.promiseImpl, typeof ejs.renderFile, typeof ejs.__express);
