// Class instances show their constructor name.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return 0; }
}
class Point3 extends Point {
  constructor() { super(1, 2); this.z = 3; }
}
class Empty {}
console.log(new Point(1, 2));
console.log(new Point3());
console.log(new Empty());
console.log([new Point(0, 0)], { p: new Empty() });
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(new Tagged());
class WithField { #private = 1; pub = 2; static s = 3; }
console.log(new WithField());
function OldStyle() { this.a = 1; }
console.log(new OldStyle());
const anon = new (class {})();
console.log(anon);
console.log(Object.create({ inherited: 1 }));
