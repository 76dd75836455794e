// rl.question writes the query to output and gives the next line to the
// callback instead of a 'line' event.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.on('line', (line) => console.log(`[line event] ${line}`));
rl.question('What is your name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.question('Favourite colour? ', (colour) => {
    console.log(`${colour} it is.`);
    rl.setPrompt('next> ');
    console.log('prompt is', JSON.stringify(rl.getPrompt()));
    rl.prompt();
  });
});
rl.on('close', () => {
  console.log('\nclosed');
  try {
    rl.question('again?', () => {});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
