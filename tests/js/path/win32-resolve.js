// path.win32's drive-letter and UNC rules (independent of the host).
const { win32 } = require('path');
const show = (label, v) => console.log(label, JSON.stringify(v));
show('resolve abs', win32.resolve('C:\\a', 'b', '..\\c'));
show('resolve drive change', win32.resolve('C:\\a', 'D:\\b', 'c'));
show('resolve unc', win32.resolve('\\\\server\\share', 'x'));
show('normalize', ['C:\\a\\..\\..\\b', 'c:/x//y/', '\\\\s\\sh\\..\\x', 'C:', 'C:.', 'a\\b\\..\\..\\..'].map((p) => win32.normalize(p)));
show('join', win32.join('C:\\', 'a', '..', 'b', '/c'));
show('relative', [win32.relative('C:\\a\\b', 'C:\\a\\c'), win32.relative('C:\\a', 'D:\\b'), win32.relative('c:\\A\\b', 'C:\\a\\B\\c')]);
show('isAbsolute', ['C:\\', 'C:', 'C:a', '\\x', '\\\\s\\h', 'a'].map((p) => win32.isAbsolute(p)));
show('toNamespacedPath', [win32.toNamespacedPath('C:\\a\\b'), win32.toNamespacedPath('\\\\s\\sh\\x'), win32.toNamespacedPath('\\\\?\\C:\\x')]);
show('dirname', ['C:\\a\\b', 'C:\\', 'C:a', '\\\\s\\sh\\x', '\\\\s\\sh'].map((p) => win32.dirname(p)));
show('basename', ['C:\\a\\b.txt', 'C:', 'C:\\', 'a/b\\c'].map((p) => win32.basename(p)));
