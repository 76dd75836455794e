// util.promisify(setTimeout) resolves with the given value after the delay;
// setImmediate likewise.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
(async () => {
  console.log('sleep ->', await sleep(5, 'value'));
  console.log('sleep no value ->', await sleep(1));
  console.log('immediate ->', await immediate('imm'));
  const order = [];
  await Promise.all([
    sleep(60).then(() => order.push(60)),
    sleep(20).then(() => order.push(20)),
    immediate().then(() => order.push('imm')),
  ]);
  console.log(order.join(' '));
})();
