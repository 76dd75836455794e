// require() of a sibling file; module caching; exports shapes.
const helper = require('./require-local.helper.cjs');
console.log(helper.name, helper.add(2, 3));
console.log('cached', require('./require-local.helper.cjs') === helper);
console.log('helper saw its own filename', helper.filename.endsWith('require-local.helper.cjs'));
console.log('helper parent is us', helper.parentIsMain);
console.log('load count', helper.loadCount());
