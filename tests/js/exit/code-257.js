// 257 wraps to 1.
process.exit(257);
