// golden: hand-written
// ArrayBuffer / SharedArrayBuffer / DataView formatting. Node 22 prints
// byteLength as [byteLength] (node 20 did not bracket it). Goldens are
// Node 22's.
console.log(new ArrayBuffer(4));
console.log(new Uint8Array([1, 2, 3, 4]).buffer);
console.log(new ArrayBuffer(0));
console.log(new DataView(new ArrayBuffer(2)));
console.log(new SharedArrayBuffer(2));
console.log({ buf: new ArrayBuffer(60) });
