// Reading/calling through null/undefined throws TypeError (only the type
// and constructor are compared: the message text differs between engines).
const cases = [
  () => null.x,
  () => undefined.y,
  () => { const o = {}; return o.missing.deeper; },
  () => { const o = {}; o.notAFunction(); },
  () => { const n = 5; n(); },
  () => { new (() => {})(); },
];
for (const f of cases) {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(e instanceof TypeError, e.name, e.constructor === TypeError);
  }
}
