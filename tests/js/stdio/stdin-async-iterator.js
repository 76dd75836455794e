// for await over process.stdin yields Buffers; the loop ends at EOF.
(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) {
    if (!Buffer.isBuffer(chunk)) console.log('not a buffer!');
    chunks.push(chunk);
  }
  const all = Buffer.concat(chunks);
  console.log('bytes', all.length);
  console.log('sha-ish', require('crypto').createHash('sha256').update(all).digest('hex').slice(0, 16));
  console.log('after loop, readableEnded', process.stdin.readableEnded);
})();
