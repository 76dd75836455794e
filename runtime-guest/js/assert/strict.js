// node:assert/strict — assert with strict comparisons.
'use strict';

module.exports = require('assert').strict;
