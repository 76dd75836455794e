// -0 and BigInt details.
console.log(-0, [-0], { z: -0 }, String(-0), `${-0}`, JSON.stringify(-0));
console.log(0 * -1, -0 + 0, Object.is(-0, 0));
console.log(123n, -0n, 2n ** 100n, [1n, 2n], { big: 9007199254740993n });
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(typeof 1n, String(10n), (255n).toString(16));
console.log(Object(1n), Object(1), Object('s'), Object(true));
