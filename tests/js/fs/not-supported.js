// chmod/chown families and watchers: WASI cannot express them, so sandnode
// throws ERR_NOT_SUPPORTED_IN_SANDNODE after the usual argument checks
// (node performs them).
const { fs, join, attempt, show } = require('./tmp.helper.cjs');

fs.writeFileSync(join('f'), '');
const fd = fs.openSync(join('f'));
attempt('chmodSync', () => fs.chmodSync(join('f'), 0o600));
attempt('chmodSync bad mode', () => fs.chmodSync(join('f'), 'xyz'));
attempt('fchmodSync', () => fs.fchmodSync(fd, 0o600));
attempt('chownSync bad uid', () => fs.chownSync(join('f'), 'a', 0));
attempt('fchownSync bad fd', () => fs.fchownSync(-1, 0, 0));
attempt('watch', () => { const w = fs.watch(join('f')); w.close(); return 'closed'; });
attempt('watchFile', () => { fs.watchFile(join('f'), () => {}); fs.unwatchFile(join('f')); });
fs.closeSync(fd);
fs.promises.chmod(join('f'), 0o644).then(() => console.log('p chmod ok'), (e) => show('p chmod', e));
