// The host's environment is invisible without --allow-env (the runner sets
// SANDNODE_SECRET in sandnode's own environment).
// sandnode-flags:
// exit: 0
const fs = require('fs');
const attempt = require('./attempt');
attempt('keys', () => Object.keys(process.env));
attempt('secret', () => process.env.SANDNODE_SECRET);
attempt('PATH', () => process.env.PATH);
attempt('HOME', () => process.env.HOME);
attempt('in', () => 'SANDNODE_SECRET' in process.env);
attempt('environ', () => fs.readFileSync('/proc/self/environ', 'latin1').includes('SANDNODE_SECRET'));
attempt('os.homedir', () => typeof require('os').homedir());
