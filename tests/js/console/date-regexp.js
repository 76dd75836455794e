// Dates (fixed values only) and regular expressions.
const d = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 678));
console.log(d);
console.log([d], { d });
console.log(new Date(0));
console.log(new Date(NaN));
console.log(String(new Date(NaN)));
console.log(d.toISOString(), JSON.stringify({ d }));
console.log(/ab+c/gi, /[/]\//, new RegExp('x', 'dgimsuy'));
console.log([/re/], { re: /re/m });
const r = /with props/;
r.extra = 1;
console.log(r);
