'use strict';

// Legacy alias of stream.Duplex.
module.exports = require('stream').Duplex;
