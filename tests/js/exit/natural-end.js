// Without exit/exitCode the status is 0 after pending work completes.
setTimeout(() => console.log('timer'), 5);
console.log('main');
