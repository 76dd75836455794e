// One 30000-character write before exit is not truncated.
console.log('y'.repeat(30000));
console.log('end marker');
process.exit(3);
