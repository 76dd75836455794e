// Throwing a plain object: it is printed with util.inspect, and (unlike
// primitives) without the --trace-uncaught hint.
throw { code: 'E_OBJ', message: 'not an Error', nested: { a: [1, 2] } };
