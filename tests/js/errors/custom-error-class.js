// A subclass of Error with its own name, uncaught.
class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
  }
}
function check() {
  throw new ValidationError('field "x" is required');
}
check();
