// process.title is a string.
console.log(typeof process.title);
console.log(process.title.length > 0);
