// clearInterval(this) inside the callback stops it; clearing another
// interval from inside one works too.
let a = 0;
let b = 0;
const other = setInterval(() => { b++; }, 1000);
setInterval(function () {
  a++;
  console.log('a', a);
  if (a === 2) {
    clearInterval(this);
    clearInterval(other);
    console.log('b never ran:', b === 0);
  }
}, 1);
