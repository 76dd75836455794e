// An explicit code wins over process.exitCode.
process.exitCode = 12;
process.exit(3);
