// node:path/posix — the POSIX flavour.
'use strict';

module.exports = require('path').posix;
