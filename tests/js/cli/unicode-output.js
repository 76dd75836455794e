// UTF-8 output, including astral characters and combining marks.
console.log('ascii');
console.log('latin-1: café naïve');
console.log('cjk: 日本語 中文 한국어');
console.log('emoji: 😀 👍🏽 👨‍👩‍👧');
console.log('combining: e\u0301');
console.log('rtl: שלום مرحبا');
console.log(['😀', 'e\u0301'], { k: '日本' });
console.log('length of 😀', '😀'.length, [...'😀'].length);
