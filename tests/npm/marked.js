// marked 14: Markdown to HTML, GFM, options, renderer/tokenizer extensions, lexer, hooks, async walkTokens.
const { marked, Marked, Lexer, Parser, Renderer } = require('marked');

const md = `# Title *emph*

Some **bold**, _italic_, \`code\`, ~~strike~~ and a [link](https://example.com "T").
Autolink: https://example.org and <mailto:x@y.z>.

- item 1
- [x] done task
- [ ] open task
  1. nested ordered
  2. second

> quote with **markdown**
> second line

\`\`\`js
const x = 1 < 2 && "a";
\`\`\`

| Left | Center | Right |
|:-----|:------:|------:|
| a    | b      | c     |
| \`d\` | **e** | f \\| g |

Line one  
Line two (hard break)

***

![img](/a.png "pic") <b>inline html</b> &amp; &copy; 5 < 6

Term[^1]

[^1]: footnotes are not core.

[ref]: https://ref.example
Use [ref] and [text][ref].
`;
console.log(marked.parse(md));
console.log('inline', marked.parseInline('**b** _i_ <x> & [l](u)'));
console.log('no gfm', marked.parse('~~s~~ https://a.b\n\n| a |\n|---|\n| b |', { gfm: false }));
console.log('breaks', marked.parse('a\nb', { breaks: true }));
console.log('pedantic', marked.parse('1) x\n\n#Heading', { pedantic: true }));

const lexer = new Lexer();
const tokens = lexer.lex('# H\n\npara *x*\n\n- a\n- b\n');
console.log('lexer', tokens.map((t) => t.type).join(','), tokens[0].depth, tokens[0].text, JSON.stringify(tokens.find((t) => t.type === 'paragraph').tokens[1]), Object.keys(tokens.links).length);
console.log('Lexer.lexInline', Lexer.lexInline('a **b**').map((t) => t.type).join(','));
console.log('Parser.parse', Parser.parse(tokens));

// Custom renderer and tokenizer via a separate instance.
const m = new Marked({
  renderer: {
    heading({ tokens, depth }) { const text = this.parser.parseInline(tokens); return `<h${depth} id="${text.toLowerCase().replace(/\W+/g, '-')}">${text}</h${depth}>\n`; },
    link({ href, text }) { return `<a href="${href}" rel="nofollow">${text}</a>`; },
    code({ text, lang }) { return `<pre data-lang="${lang || ''}">${text.length} chars</pre>\n`; },
  },
});
console.log('renderer', m.parse('## Hello World\n\n[x](http://y)\n\n```py\nprint(1)\n```'));

// Extension: custom inline syntax ==mark== and block :::note.
m.use({
  extensions: [
    {
      name: 'mark', level: 'inline',
      start(src) { return src.indexOf('=='); },
      tokenizer(src) { const r = /^==([^=]+)==/.exec(src); if (r) return { type: 'mark', raw: r[0], text: r[1] }; },
      renderer(tok) { return `<mark>${tok.text}</mark>`; },
    },
    {
      name: 'note', level: 'block',
      tokenizer(src) { const r = /^:::note\n([\s\S]*?)\n:::(?:\n|$)/.exec(src); if (r) { const tok = { type: 'note', raw: r[0], tokens: [] }; this.lexer.blockTokens(r[1], tok.tokens); return tok; } },
      renderer(tok) { return `<aside>${this.parser.parse(tok.tokens)}</aside>\n`; },
    },
  ],
  hooks: {
    preprocess(src) { return src.replace(/\r\n/g, '\n'); },
    postprocess(html) { return html.replace(/\n+$/, '\n'); },
  },
});
console.log('extensions', m.parse('a ==marked== b\r\n\r\n:::note\n**inside** ==x==\n:::\n'));

// walkTokens, async.
const seen = [];
const counting = new Marked({ walkTokens(t) { seen.push(t.type); if (t.type === 'text') t.text = t.text.toUpperCase(); } });
console.log('walkTokens', counting.parse('hi *there*').trim(), seen.join(','));
const asyncMarked = new Marked({ async: true, async walkTokens(t) { if (t.type === 'link') { await new Promise((r) => setTimeout(r, 5)); t.href = 'https://resolved.example' + t.href; } } });
const p = asyncMarked.parse('[a](/x) and [b](/y)');
console.log('async returns promise', p instanceof Promise);
p.then((html) => console.log('async', html.trim()));

// Errors.
try { marked.parse(null); } catch (e) { console.log('null input', e.message.split('\n')[0]); }
console.log('silent', marked.parse(null, { silent: true }).split('\n')[0]);
console.log('defaults', marked.defaults.gfm, marked.defaults.breaks, typeof marked.getDefaults, typeof Renderer);
