// Arguments are passed verbatim: no globbing, no option parsing by node
// after the script name.
const args = process.argv.slice(2);
console.log(args.length);
for (const a of args) console.log(JSON.stringify(a));
