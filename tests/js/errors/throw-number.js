// Throwing a number.
throw 42;
