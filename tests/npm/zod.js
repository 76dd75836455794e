// zod 3: schema definition, parsing, refinements, transforms, error formatting, async.
const { z } = require('zod');

const User = z.object({
  id: z.number().int().positive(),
  name: z.string().min(2).max(20).trim(),
  email: z.string().email(),
  website: z.string().url().optional(),
  age: z.number().gte(0).lt(150).default(30),
  role: z.enum(['admin', 'user']),
  tags: z.array(z.string()).nonempty().max(3),
  created: z.coerce.date(),
  meta: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
}).strict();

const good = { id: 1, name: '  Ann  ', email: 'ann@example.com', role: 'user', tags: ['x'], created: '2020-01-02T03:04:05Z' };
const out = User.parse(good);
console.log('parse', JSON.stringify(out), out.created instanceof Date);
const bad = User.safeParse({ id: -1.5, name: 'A', email: 'nope', website: 'x', age: 200, role: 'root', tags: [], created: 'garbage', extra: 1, meta: { a: true } });
console.log('safeParse', bad.success);
for (const issue of bad.error.issues) console.log('  ', issue.path.join('.') || '(root)', issue.code, issue.message);
console.log('flatten', JSON.stringify(bad.error.flatten().fieldErrors.id), JSON.stringify(bad.error.flatten().formErrors));
console.log('format', JSON.stringify(bad.error.format().email));
try { User.parse(null); } catch (e) { console.log('ZodError', e instanceof z.ZodError, e.name, JSON.stringify(e.issues)); }

// Primitives and modifiers.
console.log('string checks', z.string().regex(/^\d+$/).safeParse('123').success, z.string().uuid().safeParse('6ba7b810-9dad-11d1-80b4-00c04fd430c8').success, z.string().datetime().safeParse('2020-01-01T00:00:00Z').success, z.string().datetime({ offset: true }).safeParse('2020-01-01T00:00:00+02:00').success, z.string().ip().safeParse('::1').success, z.string().startsWith('a').endsWith('z').safeParse('abz').success);
console.log('string transforms', z.string().toLowerCase().parse('ABC'), z.string().toUpperCase().parse('abc'), z.string().trim().length(2).safeParse(' ab ').success);
console.log('numbers', z.number().multipleOf(3).safeParse(9).success, z.number().finite().safeParse(Infinity).success, z.number().safeParse(NaN).success, z.nan().safeParse(NaN).success, z.bigint().positive().parse(5n).toString());
console.log('coerce', z.coerce.number().parse('3.5'), z.coerce.string().parse(42), z.coerce.boolean().parse(''), z.coerce.bigint().parse('9007199254740993').toString());
console.log('literal/null', z.literal('a').safeParse('b').success, z.null().parse(null), z.undefined().safeParse(undefined).success, z.string().nullable().parse(null), z.string().nullish().parse(undefined));
console.log('catch/default', z.number().catch(-1).parse('x'), z.string().default('d').parse(undefined), z.array(z.number()).default([]).parse(undefined).length);

// Composite types.
const Shape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('circle'), r: z.number() }),
  z.object({ kind: z.literal('rect'), w: z.number(), h: z.number() }),
]);
console.log('discriminated', JSON.stringify(Shape.parse({ kind: 'rect', w: 2, h: 3 })), Shape.safeParse({ kind: 'tri' }).error.issues[0].message);
console.log('tuple', JSON.stringify(z.tuple([z.string(), z.number()]).rest(z.boolean()).parse(['a', 1, true, false])), z.tuple([z.string()]).safeParse(['a', 1]).error.issues[0].code);
console.log('map/set', z.map(z.string(), z.number()).parse(new Map([['a', 1]])).get('a'), z.set(z.number()).min(2).safeParse(new Set([1])).success);
console.log('intersection', JSON.stringify(z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })).parse({ a: 'x', b: 1 })));
console.log('nativeEnum', z.nativeEnum({ A: 'a', B: 'b' }).parse('b'), JSON.stringify(z.enum(['x', 'y']).options), z.enum(['x', 'y']).enum.x);
const Base = z.object({ a: z.string(), b: z.number(), c: z.boolean() });
console.log('object utils', JSON.stringify(Object.keys(Base.pick({ a: true }).shape)), JSON.stringify(Object.keys(Base.omit({ a: true }).shape)), JSON.stringify(Base.partial().parse({})), JSON.stringify(Base.extend({ d: z.string() }).keyof().options));
console.log('passthrough/strip', JSON.stringify(Base.partial().passthrough().parse({ z: 1 })), JSON.stringify(Base.partial().parse({ z: 1 })), JSON.stringify(Base.partial().catchall(z.number()).parse({ z: 1 })));
console.log('deepPartial/required', Base.deepPartial().safeParse({}).success, Base.partial().required().safeParse({}).success);

// Refinements and transforms.
const Password = z.object({ pw: z.string(), confirm: z.string() }).refine((d) => d.pw === d.confirm, { message: "Passwords don't match", path: ['confirm'] });
console.log('refine', JSON.stringify(Password.safeParse({ pw: 'a', confirm: 'b' }).error.issues));
const Even = z.number().superRefine((n, ctx) => { if (n % 2) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${n} is odd`, params: { n } }); });
console.log('superRefine', Even.safeParse(3).error.issues[0].message, Even.safeParse(4).success);
const Len = z.string().transform((s) => s.length).pipe(z.number().max(3));
console.log('transform/pipe', Len.parse('abc'), Len.safeParse('abcd').success);
const Csv = z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.string()));
console.log('preprocess', JSON.stringify(Csv.parse('a,b,c')));
console.log('brand/readonly', z.string().brand('Id').parse('x'), Object.isFrozen(z.object({ a: z.number() }).readonly().parse({ a: 1 })));

// Recursive schema and lazy.
const Category = z.lazy(() => z.object({ name: z.string(), children: z.array(Category) }));
console.log('lazy', Category.safeParse({ name: 'a', children: [{ name: 'b', children: [] }] }).success, Category.safeParse({ name: 'a', children: [{ name: 1, children: [] }] }).error.issues[0].path.join('.'));

// Functions.
const add = z.function().args(z.number(), z.number()).returns(z.number()).implement((a, b) => a + b);
console.log('function', add(2, 3));
try { add('2', 3); } catch (e) { console.log('function args', e.issues[0].code, e.issues[0].argumentsError.issues[0].message); }

// Custom error map and messages.
const customMap = (issue, ctx) => (issue.code === z.ZodIssueCode.invalid_type ? { message: `want ${issue.expected}, got ${issue.received}` } : { message: ctx.defaultError });
console.log('errorMap', z.string().safeParse(1, { errorMap: customMap }).error.issues[0].message, z.string({ required_error: 'needed' }).safeParse(undefined).error.issues[0].message, z.number({ invalid_type_error: 'not num' }).safeParse('x').error.issues[0].message);

// Async.
const Unique = z.string().refine(async (s) => { await new Promise((r) => setTimeout(r, 5)); return s !== 'taken'; }, 'taken!');
Promise.all([Unique.safeParseAsync('free'), Unique.safeParseAsync('taken')]).then(([a, b]) => console.log('async', a.success, b.success, b.error.issues[0].message));
try { Unique.parse('x'); } catch (e) { console.log('sync on async', e.message); }
console.log('instanceof', User instanceof z.ZodObject, z.string().isOptional(), z.string().optional().isOptional(), z.string().describe('desc').description);
