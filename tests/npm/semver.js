// semver: parsing, comparison, ranges, increments, coercion.
const semver = require('semver');

console.log('valid', semver.valid('1.2.3'), semver.valid('a.b.c'), semver.valid('v1.2.3-beta.1+build.5'));
console.log('clean', semver.clean('  =v1.2.3   '), semver.clean('~1.0.0'));
const p = semver.parse('1.2.3-alpha.7+meta.9');
console.log('parse', p.major, p.minor, p.patch, JSON.stringify(p.prerelease), JSON.stringify(p.build), p.version, p.raw);
console.log('compare', semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'), semver.eq('1.0.0', 'v1.0.0'), semver.compare('1.0.0-alpha', '1.0.0'));
console.log('sort', ['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9', '2.0.0-0', '1.2.0-beta.11', '1.2.0-beta.2'].sort(semver.compare).join(' '));
console.log('rsort', semver.rsort(['1.0.0', '3.0.0', '2.0.0']).join(' '));
console.log('diff', semver.diff('1.2.3', '1.3.0'), semver.diff('1.2.3', '2.0.0-pre'), semver.diff('1.2.3', '1.2.3'));
const ranges = [['1.2.7', '^1.2.3'], ['2.0.0', '^1.2.3'], ['1.2.3', '~1.2.0'], ['1.3.0', '~1.2.0'], ['3.1.0', '>=2 <3.1 || 3.1.x'],
  ['1.2.4-beta', '^1.2.3'], ['1.2.4-beta', '^1.2.3-alpha'], ['0.0.5', '^0.0.3'], ['1.5.0', '1.x'], ['1.5.0', '1.2 - 1.6'], ['0.2.0', '*']];
for (const [v, r] of ranges) console.log('satisfies', v, JSON.stringify(r), semver.satisfies(v, r));
console.log('includePrerelease', semver.satisfies('1.2.4-beta', '^1.2.3', { includePrerelease: true }));
console.log('maxSatisfying', semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0', '2.0.0'], '~1.2.0'), semver.minSatisfying(['1.2.3', '1.2.4'], '^1.2.0'));
console.log('validRange', semver.validRange('^1.2.3'), semver.validRange('1.x || >=2.5.0 <3'), semver.validRange('junk!!'));
console.log('minVersion', semver.minVersion('>=1.2.3 <2').version, semver.minVersion('^0.3.0-beta').version);
console.log('outside', semver.gtr('3.0.0', '^2.0.0'), semver.ltr('1.0.0', '^2.0.0'), semver.outside('2.5.0', '^2.0.0', '>'));
console.log('intersects', semver.intersects('^1.2.0', '~1.3.0'), semver.intersects('^1.0.0', '^2.0.0'));
console.log('subset', semver.subset('~1.2.3', '^1.0.0'), semver.subset('^1.0.0', '~1.2.3'));
for (const rel of ['major', 'premajor', 'minor', 'preminor', 'patch', 'prepatch', 'prerelease']) {
  console.log('inc', rel, semver.inc('1.2.3', rel), semver.inc('1.2.3-beta.1', rel, 'beta'));
}
console.log('inc identifierBase', semver.inc('1.2.3', 'prerelease', 'rc', '1'), semver.inc('1.2.3', 'prerelease', 'rc', false));
console.log('coerce', semver.coerce('v2').version, semver.coerce('42.6.7.9.3-alpha').version, semver.coerce('3.4.5-beta.1+b', { includePrerelease: true }).version, semver.coerce('none'));
console.log('coerce rtl', semver.coerce('1.2.3.4', { rtl: true }).version);
const r = new semver.Range('>=1.2.3 <1.5.0 || ^2');
console.log('Range', r.range, r.set.length, r.test('1.4.0'), r.test('3.0.0'));
const c = new semver.Comparator('>=1.2.3');
console.log('Comparator', c.operator, c.semver.version, c.test('1.3.0'));
const sv = new semver.SemVer('1.2.3');
sv.inc('minor');
console.log('SemVer inc', sv.version, sv.compareMain('1.3.0'));
try { new semver.SemVer('1.2'); } catch (e) { console.log('bad version', e.name, e.message); }
try { new semver.Range('>>1'); console.log('range ok'); } catch (e) { console.log('bad range', e.name, e.message); }
console.log('loose', semver.valid('=1.2.3', { loose: true }), semver.valid('01.2.3', true), semver.valid('01.2.3'));
console.log('prerelease', JSON.stringify(semver.prerelease('1.2.3-alpha.1')), semver.prerelease('1.2.3'));
console.log('major/minor/patch', semver.major('4.5.6'), semver.minor('4.5.6'), semver.patch('4.5.6'));
console.log('SEMVER_SPEC_VERSION', semver.SEMVER_SPEC_VERSION, JSON.stringify(semver.RELEASE_TYPES));
console.log('simplifyRange', semver.simplifyRange(['1.1.0', '1.2.0', '1.3.0', '2.0.0'], '1.1.0 || 1.2.0 || 1.3.0'));
console.log('toComparators', JSON.stringify(semver.toComparators('^1.2.3 || ~2')));
