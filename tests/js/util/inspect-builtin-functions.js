// util.inspect of built-in classes and functions: sandnode keeps its own
// modules without source text, so classes are told apart another way.
const util = require('util');
const events = require('events');
const stream = require('stream');
const show = (name, v) => console.log(name, util.inspect(v, { depth: 0 }).split('\n')[0]);
show('URLSearchParams', URLSearchParams);
show('Headers', Headers);
show('Request', Request);
show('Blob', Blob);
show('TextEncoder', TextEncoder);
show('AbortController', AbortController);
show('Event', Event);
show('EventEmitter', events.EventEmitter);
show('Readable', stream.Readable);
show('Buffer', Buffer);
show('Map', Map);
show('Promise', Promise);
show('inspect', util.inspect);
show('promisify', util.promisify);
show('events.once', events.once);
show('structuredClone', structuredClone);
show('fetch', fetch);
class Local {}
function plain() {}
const frozenProto = function f() {};
Object.defineProperty(frozenProto, 'prototype', { writable: false });
show('Local', Local);
show('plain', plain);
show('frozenProto', frozenProto);
show('arrow', () => {});
show('async', async () => {});
show('gen', function* g() {});
console.log(typeof Function.prototype.toString.call(URL));
console.log(Function.prototype.toString.call(plain));
console.log(Function.prototype.toString.call(Local));
