// The CommonJS wrapper: require, module, exports, __filename, __dirname,
// this === module.exports, and 5 wrapper arguments.
console.log(typeof require, typeof module, typeof exports);
console.log('exports === module.exports', exports === module.exports);
console.log('this === module.exports', this === module.exports);
console.log('__filename', __filename);
console.log('__dirname', __dirname);
console.log('module.filename === __filename', module.filename === __filename);
console.log('module.id', module.id);
console.log('require.main === module', require.main === module);
console.log('arguments.length', arguments.length);
console.log('arguments[0] === exports', arguments[0] === exports);
console.log('typeof require.resolve', typeof require.resolve);
console.log('module.loaded (during load)', module.loaded);
setImmediate(() => console.log('module.loaded (later)', module.loaded));
