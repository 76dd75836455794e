// Timers with the same delay fire in creation order.
for (let i = 0; i < 10; i++) {
  setTimeout(() => console.log('a', i), 40);
}
for (let i = 0; i < 3; i++) {
  setTimeout(() => console.log('zero', i), 0);
}
