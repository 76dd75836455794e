// An uncaught error with extra properties. Error.stackTraceLimit = 0 keeps
// frames out (node would otherwise put the " {" of the property block on the
// last, node-internal, frame line, which comparison drops).
Error.stackTraceLimit = 0;
const err = new Error('has a code');
err.code = 'E_CUSTOM';
err.details = { retry: false };
throw err;
