// Throwing null.
throw null;
