// handlebars: compile templates, helpers, partials, block params, precompile, escaping, errors.
const Handlebars = require('handlebars');

const t1 = Handlebars.compile('Hello {{name}}! You have {{count}} new {{#if (gt count 1)}}messages{{else}}message{{/if}}. {{{raw}}} {{html}}');
Handlebars.registerHelper('gt', (a, b) => a > b);
console.log('basic', t1({ name: 'Ann', count: 3, raw: '<b>raw</b>', html: '<i>"esc"&\'</i>`=' }));
console.log('basic singular', t1({ name: 'Bob', count: 1 }));

const list = Handlebars.compile('{{#each items}}{{@index}}:{{name}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}}{{#unless @last}}, {{/unless}}{{else}}none{{/each}}');
console.log('each', list({ items: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }), '|', list({ items: [] }));
console.log('each object', Handlebars.compile('{{#each obj}}{{@key}}={{this}};{{/each}}')({ obj: { x: 1, y: 2 } }));
console.log('with/lookup', Handlebars.compile('{{#with person}}{{first}} {{last}} ({{../company}}){{/with}} {{lookup arr 1}} {{lookup map key}}')({ person: { first: 'A', last: 'B' }, company: 'C', arr: ['x', 'y'], map: { k: 'v' }, key: 'k' }));
console.log('block params', Handlebars.compile('{{#each users as |u i|}}[{{i}} {{u.name}}]{{/each}}')({ users: [{ name: 'p' }, { name: 'q' }] }));
console.log('paths', Handlebars.compile('{{a.b.c}} {{a/b/c}} {{this.a.b.c}} {{[weird key]}} {{missing.deep}}.')({ a: { b: { c: 'deep' } }, 'weird key': 'w' }));

// Helpers with hash args, block helpers, options.fn/inverse, SafeString, escapeExpression.
Handlebars.registerHelper('link', function (text, options) {
  const url = Handlebars.escapeExpression(options.hash.href);
  return new Handlebars.SafeString(`<a href="${url}" class="${options.hash.cls || ''}">${Handlebars.escapeExpression(text)}</a>`);
});
Handlebars.registerHelper('list', function (items, options) {
  const inner = items.map((it) => `<li>${options.fn(it)}</li>`).join('');
  return items.length ? `<ul>${inner}</ul>` : options.inverse(this);
});
Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
Handlebars.registerHelper('join', (...args) => { const opts = args.pop(); return args.join(opts.hash.sep || ','); });
Handlebars.registerHelper('helperMissing', function (...args) { const opts = args.pop(); return `[missing ${opts.name}]`; });
const t2 = Handlebars.compile('{{link "Go <now>" href="https://x.com/?a=1&b=2" cls="btn"}} {{#list people}}{{upper name}}{{else}}nobody{{/list}} {{join 1 2 3 sep="-"}} {{nosuch 1}} {{upper (join "a" "b")}}');
console.log('helpers', t2({ people: [{ name: 'ann' }, { name: 'bob' }] }));
console.log('helpers inverse', t2({ people: [] }));

// Partials, including dynamic and partial blocks, inline partials.
Handlebars.registerPartial('userCard', '<div class="{{cls}}">{{name}}{{#if @partial-block}} [{{> @partial-block}}]{{/if}}</div>');
Handlebars.registerPartial('item', Handlebars.compile('<i>{{this}}</i>'));
const t3 = Handlebars.compile('{{> userCard}} {{> userCard name="Override" cls="x"}} {{#> userCard}}block content{{/userCard}} {{#each tags}}{{> item}}{{/each}} {{> (whichPartial) }} {{#*inline "local"}}L:{{v}}{{/inline}}{{> local v=5}}');
Handlebars.registerHelper('whichPartial', () => 'item');
console.log('partials', t3({ name: 'Ann', cls: 'card', tags: ['a', 'b'] }));
try { Handlebars.compile('{{> nope}}')({}); } catch (e) { console.log('missing partial', e.name, e.message); }

// Escaping and whitespace control, comments, raw blocks.
console.log('escape', Handlebars.escapeExpression('<a href="x">&\'`=</a>'), Handlebars.Utils.isEmpty([]), Handlebars.Utils.isArray([]));
console.log('whitespace', JSON.stringify(Handlebars.compile('  {{~#if a~}}  yes  {{~/if~}}  |{{! comment }}{{!-- long }} comment --}}|')({ a: true })));
Handlebars.registerHelper('raw', (options) => options.fn());
console.log('raw block', Handlebars.compile('{{{{raw}}}}{{not processed}}{{{{/raw}}}}')({}));
console.log('noEscape', Handlebars.compile('{{x}}', { noEscape: true })({ x: '<b>' }));
console.log('strict', (() => { try { return Handlebars.compile('{{a.b}}', { strict: true })({ a: {} }); } catch (e) { return `${e.name}: ${e.message.split('\n')[0]}`; } })());
console.log('data vars', Handlebars.compile('{{@root.title}} {{#each list}}{{@root.title}}-{{this}} {{/each}}{{@custom}}')({ title: 'T', list: [1, 2] }, { data: { custom: 'D' } }));

// Prototype access is blocked by default.
const res = Handlebars.compile('{{constructor.name}}|{{__proto__}}|{{obj.toString}}')({ obj: {} });
console.log('proto access', JSON.stringify(res));

// Isolated environment, precompile and template().
const env = Handlebars.create();
env.registerHelper('shout', (s) => `${s}!`);
console.log('isolated', env.compile('{{shout x}}')({ x: 'hey' }), typeof Handlebars.helpers.shout);
const spec = Handlebars.precompile('<p>{{greet}} {{#each n}}{{this}}{{/each}}</p>');
console.log('precompile', typeof spec, spec.length > 100);
const revived = Handlebars.template(new Function('return ' + spec)());
console.log('template()', revived({ greet: 'hi', n: [1, 2, 3] }));

// Parser / AST.
const ast = Handlebars.parse('a {{b}} {{#c d}}e{{/c}}');
console.log('ast', ast.type, ast.body.map((n) => n.type).join(','));
console.log('print', Handlebars.print(Handlebars.parse('{{#if x}}y{{/if}}')).replace(/\n/g, ' | ').trim());

// Syntax errors.
for (const bad of ['{{#if x}}unclosed', '{{foo', '{{#each}}{{/if}}', '{{> }}']) {
  try { Handlebars.compile(bad)({}); console.log('no error', bad); } catch (e) { console.log('syntax error', JSON.stringify(bad), e.name); console.log(e.message); }
}
try { Handlebars.compile(42); } catch (e) { console.log('non-string', e.name, e.message); }
console.log('VERSION', typeof Handlebars.VERSION, Handlebars.COMPILER_REVISION);
