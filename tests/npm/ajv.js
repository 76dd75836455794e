// ajv: JSON Schema validation with code generation (uses new Function), formats, custom keywords.
const Ajv = require('ajv');

const ajv = new Ajv({ allErrors: true, useDefaults: true, coerceTypes: false });
const schema = {
  $id: 'https://example.com/user.json',
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 2, maxLength: 20, pattern: '^[A-Z]' },
    email: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 3 },
    role: { enum: ['admin', 'user'], default: 'user' },
    address: {
      type: 'object',
      properties: { zip: { type: 'string', pattern: '^\\d{5}$' }, city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    },
  },
  required: ['id', 'name'],
  additionalProperties: false,
};
const validate = ajv.compile(schema);
const show = (label, data) => {
  const ok = validate(data);
  console.log(label, ok, JSON.stringify(data));
  if (!ok) for (const e of validate.errors) console.log('  ', e.instancePath || '/', e.keyword, e.message, JSON.stringify(e.params));
};
show('valid', { id: 1, name: 'Ann', tags: ['a', 'b'] });
show('invalid', { id: 0, name: 'x', tags: ['a', 'a', 1, 'c'], role: 'root', extra: true, address: { zip: 'abc', other: 1 } });
show('missing', {});
show('wrong type', 'str');
console.log('errorsText', ajv.errorsText([{ instancePath: '/a', message: 'must be string' }], { dataVar: 'obj' }));

// $ref, definitions, oneOf/anyOf/allOf/not, if/then/else, const, dependencies.
ajv.addSchema({ $id: 'https://example.com/defs.json', $defs: { pos: { type: 'number', exclusiveMinimum: 0 } } });
const v2 = ajv.compile({
  type: 'object',
  properties: {
    price: { $ref: 'defs.json#/$defs/pos' },
    kind: { const: 'item' },
    value: { oneOf: [{ type: 'string' }, { type: 'number', multipleOf: 5 }] },
    any: { anyOf: [{ type: 'null' }, { type: 'boolean' }] },
    notStr: { not: { type: 'string' } },
    both: { allOf: [{ minimum: 2 }, { maximum: 4 }] },
  },
  if: { properties: { kind: { const: 'item' } } },
  then: { required: ['price'] },
  else: { required: ['value'] },
  dependencies: { any: ['both'] },
  $id: 'https://example.com/item.json',
});
for (const data of [{ kind: 'item', price: 3 }, { kind: 'item' }, { value: 'x' }, { value: 7 }, { kind: 'item', price: -1, any: 1, notStr: 's', both: 5 }, { kind: 'item', price: 1, any: true }]) {
  const ok = v2(data);
  console.log('v2', JSON.stringify(data), ok, ok ? '' : v2.errors.map((e) => `${e.instancePath}:${e.keyword}`).join(' '));
}
console.log('getSchema', typeof ajv.getSchema('https://example.com/item.json'), ajv.getSchema('https://example.com/nope.json'));

// Custom keyword and format.
ajv.addKeyword({ keyword: 'even', type: 'number', schemaType: 'boolean', validate: (s, d) => !s || d % 2 === 0, errors: false });
ajv.addFormat('hex', /^[0-9a-f]+$/i);
ajv.addFormat('int-str', { type: 'string', validate: (x) => /^-?\d+$/.test(x) });
const v3 = ajv.compile({ type: 'object', properties: { n: { type: 'number', even: true }, h: { type: 'string', format: 'hex' }, i: { format: 'int-str' } } });
for (const data of [{ n: 4, h: 'beef', i: '-12' }, { n: 3 }, { h: 'xyz' }, { i: '1.5' }]) console.log('custom', JSON.stringify(data), v3(data), v3.errors ? v3.errors.map((e) => e.keyword).join(',') : null);

// Coercion and removeAdditional.
const ajvC = new Ajv({ coerceTypes: 'array', removeAdditional: 'all' });
const vc = ajvC.compile({ type: 'object', properties: { n: { type: 'number' }, b: { type: 'boolean' }, a: { type: 'array', items: { type: 'integer' } }, s: { type: 'string' } } });
const cdata = { n: '42', b: 'true', a: '7', s: 5, junk: 1 };
console.log('coerce', vc(cdata), JSON.stringify(cdata));

// Async compile with loadSchema.
const ajvA = new Ajv({ loadSchema: (uri) => Promise.resolve({ $id: uri, type: 'string', maxLength: 3 }) });
ajvA.compileAsync({ $id: 'https://example.com/root.json', type: 'array', items: { $ref: 'https://example.com/short.json' } }).then((fn) => {
  console.log('compileAsync', fn(['ab', 'abc']), fn(['abcd']), fn.errors[0].message);
});

// Schema errors and strict mode.
try { ajv.compile({ type: 'object', properties: { x: { type: 'nosuch' } } }); } catch (e) { console.log('bad schema', e.message); }
try { ajv.compile({ type: 'object', unknownKeyword: 1 }); } catch (e) { console.log('strict', e.message); }
try { ajv.compile({ $ref: '#/definitions/missing' }); } catch (e) { console.log('missing ref', e.constructor.name, e.message); }
console.log('validateSchema', ajv.validateSchema({ type: 'number' }), ajv.validateSchema({ type: 12 }));
console.log('validate by id', ajv.validate('https://example.com/defs.json#/$defs/pos', 5), ajv.validate({ type: 'string' }, 5), ajv.errors[0].message);
const seen = [];
const big = { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 100 };
const vb = ajv.compile(big);
const arr = Array.from({ length: 1000 }, (_, i) => i);
console.log('big array', vb(arr), vb(arr.concat([-1])), seen.length);
console.log('source', typeof vb.source === 'object' || vb.source === undefined, typeof vb.schema);
