// node:path/win32 — the Windows flavour, on any platform.
'use strict';

module.exports = require('path').win32;
