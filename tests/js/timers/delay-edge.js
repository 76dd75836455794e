// Negative, NaN, non-numeric and fractional delays are treated as 1 ms;
// numeric strings are converted. (Timers created later with a shorter
// delay must still come first; gaps are wide so that scheduling stalls
// cannot reorder them.)
setTimeout(() => console.log('reference 30'), 30);
setTimeout(() => console.log('negative'), -100);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('"abc"'), 'abc');
setTimeout(() => console.log('object'), {});
setTimeout(() => console.log('fraction 0.5'), 0.5);
setTimeout(() => console.log('"10" string'), '10');
setTimeout(() => console.log('"60" string'), '60');
