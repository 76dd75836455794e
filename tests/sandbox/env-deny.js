// --deny-env wins over --allow-env.
// sandnode-flags: --allow-env --deny-env=SANDNODE_SECRET
// exit: 0
const attempt = require('./attempt');
attempt('secret', () => process.env.SANDNODE_SECRET);
attempt('public', () => process.env.SANDNODE_PUBLIC);
