// An uncaught error with a cause (stacks kept out, see error-with-code.js).
Error.stackTraceLimit = 0;
throw new Error('outer', { cause: new Error('inner') });
