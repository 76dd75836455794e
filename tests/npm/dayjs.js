// dayjs with plugins and locales. Every date is fixed; local-time values are built and printed
// in local time (so the output does not depend on the time zone) and absolute instants use UTC.
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const customParseFormat = require('dayjs/plugin/customParseFormat');
const advancedFormat = require('dayjs/plugin/advancedFormat');
const relativeTime = require('dayjs/plugin/relativeTime');
const duration = require('dayjs/plugin/duration');
const isBetween = require('dayjs/plugin/isBetween');
const isoWeek = require('dayjs/plugin/isoWeek');
const weekOfYear = require('dayjs/plugin/weekOfYear');
const weekYear = require('dayjs/plugin/weekYear');
const dayOfYear = require('dayjs/plugin/dayOfYear');
const isLeapYear = require('dayjs/plugin/isLeapYear');
const localizedFormat = require('dayjs/plugin/localizedFormat');
const objectSupport = require('dayjs/plugin/objectSupport');
const minMax = require('dayjs/plugin/minMax');
const updateLocale = require('dayjs/plugin/updateLocale');
require('dayjs/locale/de');
require('dayjs/locale/fr');
require('dayjs/locale/ja');
[utc, customParseFormat, advancedFormat, relativeTime, duration, isBetween, isoWeek, weekOfYear, weekYear, dayOfYear,
  isLeapYear, localizedFormat, objectSupport, minMax, updateLocale].forEach((p) => dayjs.extend(p));

const F = 'YYYY-MM-DD HH:mm:ss.SSS';
const d = dayjs('2021-03-04 05:06:07.089');
console.log('parse local', d.isValid(), d.format(F), d.year(), d.month(), d.date(), d.day(), d.hour(), d.minute(), d.second(), d.millisecond());
console.log('format tokens', d.format('[YYYY] YY M MM MMM MMMM D DD d dd ddd dddd H HH h hh m mm s ss A a'));
console.log('advancedFormat', d.format('Q Do k kk w ww wo gggg GGGG W WW'));
console.log('localizedFormat', d.format('LT LTS L LL LLL LLLL l ll lll llll'));
console.log('add/subtract', d.add(1, 'month').format(F), d.subtract(10, 'day').format(F), d.add(25, 'hour').format(F), d.add(1, 'year').add(2, 'week').format('YYYY-MM-DD'));
console.log('end of month overflow', dayjs('2021-01-31').add(1, 'month').format('YYYY-MM-DD'), dayjs('2020-02-29').add(1, 'year').format('YYYY-MM-DD'));
console.log('startOf/endOf', d.startOf('year').format(F), d.endOf('month').format(F), d.startOf('week').format('YYYY-MM-DD ddd'), d.startOf('isoWeek').format('YYYY-MM-DD ddd'), d.startOf('hour').format(F));
console.log('set/get', d.set('month', 11).set('date', 25).format('YYYY-MM-DD'), d.get('hour'), d.hour(23).minute(59).format('HH:mm'));
const e = dayjs('2021-12-25 10:00');
console.log('diff', e.diff(d, 'day'), e.diff(d, 'month'), dayjs('2021-02-25 12:00').diff('2021-01-10', 'month', true).toFixed(4), e.diff(d, 'week'), d.diff(e, 'year', true).toFixed(4));
console.log('compare', d.isBefore(e), d.isAfter(e), d.isSame('2021-03-04', 'day'), d.isSame(e, 'year'), dayjs('2021-06-01').isBetween(d, e), dayjs('2021-06-01').isBetween(d, e, 'year', '[]'));
console.log('week/iso', d.week(), d.isoWeek(), d.isoWeekday(), d.dayOfYear(), d.isLeapYear(), dayjs('2024-01-01').isLeapYear(), d.daysInMonth(), dayjs('2024-02-10').daysInMonth());
console.log('customParse', dayjs('04/03/2021 17h', 'DD/MM/YYYY HH[h]').format(F), dayjs('Mar 4th 21', 'MMM Do YY').format('YYYY-MM-DD'), dayjs('2021-02-31', 'YYYY-MM-DD', true).isValid(), dayjs('12-25-1995', 'MM-DD-YYYY', true).isValid());
console.log('customParse locale', dayjs('4 März 2021', 'D MMMM YYYY', 'de').format('YYYY-MM-DD'));
console.log('invalid', dayjs('garbage').isValid(), dayjs('garbage').format(), String(dayjs(NaN).toDate()));
console.log('object', dayjs({ year: 2010, month: 1, day: 12, hour: 3 }).format(F));
console.log('min/max', dayjs.max(d, e).format('YYYY-MM-DD'), dayjs.min([d, e]).format('YYYY-MM-DD'));

// UTC instants.
const u = dayjs.utc('2020-06-15T12:34:56.789Z');
console.log('utc', u.isUTC(), u.format(), u.toISOString(), u.valueOf(), u.unix(), u.utcOffset(), u.format('ddd, DD MMM YYYY HH:mm:ss [GMT]'));
console.log('utc ops', u.startOf('day').toISOString(), u.add(1, 'day').endOf('day').toISOString(), u.utcOffset(330).format(), u.utcOffset(-8 * 60).format('YYYY-MM-DD HH:mm Z ZZ'));
console.log('unix', dayjs.unix(1600000000).utc().format(F), dayjs.utc(0).format(F), dayjs(1600000000123).toISOString(), dayjs(1600000000123).toJSON());
console.log('utc parse format', dayjs.utc('2020-01-01 10:00', 'YYYY-MM-DD HH:mm').toISOString(), dayjs.utc('2021-03-04T05:06:07+02:00').format(F));
console.log('toArray-like', JSON.stringify(u.toDate()), u.toDate() instanceof Date);

// Locales.
for (const loc of ['en', 'de', 'fr', 'ja']) {
  console.log('locale', loc, d.locale(loc).format('dddd D MMMM YYYY, LT'), d.locale(loc).format('LLLL'));
}
console.log('locale global', dayjs.locale(), dayjs.locale('de'), dayjs('2021-01-01').format('MMMM'), dayjs.locale('en'));
dayjs.updateLocale('en', { relativeTime: Object.assign({}, dayjs.Ls.en.relativeTime, { s: 'moments' }) });

// relativeTime between fixed instants.
const base = dayjs.utc('2020-01-01T00:00:00Z');
for (const [n, unit] of [[10, 'second'], [50, 'second'], [2, 'minute'], [45, 'minute'], [5, 'hour'], [1, 'day'], [26, 'day'], [3, 'month'], [400, 'day'], [5, 'year']]) {
  const t = base.add(n, unit);
  console.log('relative', n, unit, t.from(base), base.from(t), base.to(t, true), t.locale('de').from(base));
}

// Durations.
const dur = dayjs.duration({ days: 1, hours: 2, minutes: 30, seconds: 15 });
console.log('duration', dur.asHours(), dur.asMinutes(), dur.humanize(), dur.toISOString(), dur.format('D[d] HH:mm:ss'));
console.log('duration ms', dayjs.duration(90061001).toISOString(), dayjs.duration(-3600000).humanize(true), dayjs.duration(2, 'weeks').days(), dayjs.duration('P1Y2M3DT4H5M6S').asSeconds());
console.log('duration add', dur.add(1, 'day').subtract(30, 'minute').toISOString(), dayjs.duration(45, 'seconds').humanize(), dayjs.duration(1, 'month').locale('fr').humanize(true));
console.log('clone/immutable', d.add(1, 'day') !== d, d.clone().isSame(d), dayjs.isDayjs(d), dayjs.isDayjs(new Date(0)));
