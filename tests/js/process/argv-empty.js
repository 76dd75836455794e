// Without arguments argv has exactly the executable and the script.
console.log(process.argv.length);
console.log(JSON.stringify(process.argv.slice(2)));
console.log(Array.isArray(process.argv));
