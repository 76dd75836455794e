// date-fns v4. Dates are built from local components and printed with local formats, so the
// output does not depend on the time zone; absolute instants are only compared as UTC numbers.
const df = require('date-fns');
const { de, fr, ja, enGB } = require('date-fns/locale');

const F = 'yyyy-MM-dd HH:mm:ss.SSS';
const d = new Date(2021, 2, 4, 5, 6, 7, 89); // Thu 4 March 2021
const f = (x) => df.format(x, F);
console.log('format', f(d));
console.log('format tokens', df.format(d, "G y yy yyyy Q QQQ QQQQ M MM MMM MMMM L d do dd E EEEE EEEEE e i iii I w R a aaaa h hh H k K m s S 'quoted' ''"));
console.log('format locales', df.format(d, 'PPPPpppp'.slice(0, 5), { locale: de }), '|', df.format(d, 'EEEE d MMMM yyyy', { locale: fr }), '|', df.format(d, 'PPP', { locale: ja }), '|', df.format(d, 'P p', { locale: enGB }));
console.log('lightFormat', df.lightFormat(d, 'yyyy-MM-dd hh:mm a'));
console.log('add/sub', f(df.addDays(d, 30)), f(df.addMonths(new Date(2021, 0, 31), 1)), f(df.subYears(new Date(2020, 1, 29), 1)), f(df.add(d, { years: 1, months: 2, weeks: 1, days: 3, hours: 4, minutes: 5, seconds: 6 })));
console.log('addBusinessDays', f(df.addBusinessDays(d, 5)), df.differenceInBusinessDays(new Date(2021, 2, 19), d));
console.log('start/end', f(df.startOfWeek(d)), f(df.startOfWeek(d, { weekStartsOn: 1 })), f(df.endOfMonth(d)), f(df.startOfQuarter(d)), f(df.endOfYear(d)), f(df.startOfDecade(d)), f(df.startOfISOWeekYear(d)));
console.log('getters', df.getDay(d), df.getISOWeek(d), df.getWeek(d), df.getQuarter(d), df.getDayOfYear(d), df.getDaysInMonth(new Date(2024, 1, 1)), df.isLeapYear(d), df.getISOWeeksInYear(new Date(2020, 5, 1)), df.getWeekOfMonth(d));
console.log('setters', f(df.set(d, { year: 2000, month: 0, date: 1, hours: 0 })), f(df.setDay(d, 0)), f(df.setISOWeek(d, 1)), f(df.lastDayOfMonth(new Date(2021, 1, 10))));
const e = new Date(2021, 11, 25, 10, 0, 0);
console.log('difference', df.differenceInCalendarDays(e, d), df.differenceInDays(e, d), df.differenceInMonths(e, d), df.differenceInCalendarMonths(e, d), df.differenceInYears(new Date(2030, 0, 1), d), df.differenceInWeeks(e, d), df.differenceInCalendarISOWeeks(e, d));
console.log('difference small', df.differenceInHours(new Date(2021, 0, 2, 10), new Date(2021, 0, 1, 8)), df.differenceInMinutes(new Date(2021, 0, 1, 10, 30), new Date(2021, 0, 1, 8)), df.differenceInSeconds(new Date(2021, 0, 1, 0, 1, 1), new Date(2021, 0, 1)));
console.log('compare', df.isBefore(d, e), df.isAfter(d, e), df.isEqual(d, new Date(d)), df.isSameDay(d, new Date(2021, 2, 4, 23)), df.isSameMonth(d, e), df.isWeekend(new Date(2021, 2, 6)), df.isFirstDayOfMonth(new Date(2021, 2, 1)), df.isLastDayOfMonth(new Date(2021, 1, 28)));
const dates = [new Date(2020, 5, 1), new Date(2019, 0, 1), new Date(2022, 2, 3)];
console.log('sort/minmax', dates.slice().sort(df.compareAsc).map((x) => df.format(x, 'yyyy-MM-dd')).join(','), df.format(df.max(dates), 'yyyy-MM-dd'), df.format(df.min(dates), 'yyyy-MM-dd'), df.format(df.closestTo(new Date(2020, 0, 1), dates), 'yyyy-MM-dd'), df.closestIndexTo(new Date(2022, 0, 1), dates));
console.log('intervals', df.isWithinInterval(d, { start: new Date(2021, 0, 1), end: e }), df.areIntervalsOverlapping({ start: new Date(2021, 0, 1), end: new Date(2021, 0, 10) }, { start: new Date(2021, 0, 5), end: new Date(2021, 0, 20) }));
console.log('eachDay', df.eachDayOfInterval({ start: new Date(2021, 1, 26), end: new Date(2021, 2, 2) }).map((x) => df.format(x, 'MM-dd EEE')).join(' '));
console.log('eachWeek/Month', df.eachWeekOfInterval({ start: new Date(2021, 2, 1), end: new Date(2021, 2, 31) }).map((x) => df.format(x, 'MM-dd')).join(' '), df.eachMonthOfInterval({ start: new Date(2021, 0, 15), end: new Date(2021, 4, 1) }).map((x) => df.format(x, 'MMM')).join(' '));
console.log('eachWeekend', df.eachWeekendOfMonth(new Date(2021, 1, 1)).map((x) => df.format(x, 'd')).join(','));
console.log('intervalToDuration', JSON.stringify(df.intervalToDuration({ start: new Date(2020, 0, 1, 0, 0), end: new Date(2021, 2, 4, 5, 6, 7) })));
console.log('formatDuration', df.formatDuration({ years: 1, months: 2, days: 3, hours: 4 }), '|', df.formatDuration({ minutes: 5, seconds: 0 }, { zero: true, delimiter: ', ' }), '|', df.formatDuration({ months: 9, days: 2 }, { format: ['months'], locale: de }));
const base = new Date(2021, 0, 15, 12, 0, 0);
for (const [fn, amt] of [['addSeconds', 10], ['addSeconds', 50], ['addMinutes', 3], ['addMinutes', 50], ['addHours', 5], ['addDays', 1], ['addDays', 20], ['addMonths', 4], ['addYears', 2], ['addDays', -3]]) {
  const t = df[fn](base, amt);
  console.log('formatDistance', fn, amt, df.formatDistance(t, base), '|', df.formatDistance(t, base, { addSuffix: true, includeSeconds: true }), '|', df.formatDistanceStrict(t, base), '|', df.formatDistance(t, base, { addSuffix: true, locale: fr }));
}
console.log('formatDistanceStrict unit', df.formatDistanceStrict(new Date(2021, 0, 1), new Date(2021, 0, 15), { unit: 'hour' }), '|', df.formatDistanceStrict(new Date(2021, 0, 1), new Date(2021, 1, 15), { unit: 'month', roundingMethod: 'floor' }));
for (const off of [-8, -1, 0, 1, 3, 10]) {
  console.log('formatRelative', off, df.formatRelative(df.addDays(base, off), base), '|', df.formatRelative(df.addDays(base, off), base, { locale: de }));
}
console.log('parse', f(df.parse('04/03/2021 17:30', 'dd/MM/yyyy HH:mm', new Date(2000, 0, 1))), f(df.parse('3rd of March', "do 'of' MMMM", new Date(2021, 0, 1))), f(df.parse('Donnerstag, 4. März', 'EEEE, d. MMMM', new Date(2021, 0, 1), { locale: de })));
console.log('parse invalid', String(df.parse('31/02/2021', 'dd/MM/yyyy', new Date())), df.isValid(df.parse('nope', 'yyyy', new Date())), df.isMatch('2021-03-04', 'yyyy-MM-dd'), df.isMatch('2021-13-04', 'yyyy-MM-dd'));
console.log('parseISO local', f(df.parseISO('2021-03-04T05:06:07')), f(df.parseISO('2021-W09-4')), f(df.parseISO('2021-063')), df.isValid(df.parseISO('2021-02-30')));
console.log('parseISO utc instants', df.parseISO('2021-03-04T05:06:07Z').getTime(), df.parseISO('2021-03-04T05:06:07+02:00').getTime(), df.getUnixTime(df.parseISO('2020-01-01T00:00:00.000Z')), df.parseJSON('2021-03-04T05:06:07.089Z').getTime());
console.log('formatISO date', df.formatISO(d, { representation: 'date' }), df.formatISO9075(d), df.formatISODuration({ years: 1, days: 2, hours: 3 }));
console.log('round', f(df.roundToNearestMinutes(new Date(2021, 0, 1, 10, 7, 31), { nearestTo: 15 })), f(df.roundToNearestHours(new Date(2021, 0, 1, 10, 31), { roundingMethod: 'floor' })));
console.log('next/prev', df.format(df.nextMonday(d), 'yyyy-MM-dd EEE'), df.format(df.previousFriday(d), 'yyyy-MM-dd EEE'), df.format(df.nextDay(d, 4), 'yyyy-MM-dd'));
console.log('invalid', df.isValid(new Date(NaN)), df.isValid(new Date(2021, 0, 1)), df.isDate('2021'));
try { df.format(new Date(NaN), 'yyyy'); } catch (e) { console.log('format invalid', e.name, e.message); }
console.log('week-year tokens', df.format(new Date(2021, 0, 2), 'YYYY-ww RRRR-II', { useAdditionalWeekYearTokens: true }), df.format(new Date(2021, 0, 2), 'YYYY ww', { useAdditionalWeekYearTokens: true, weekStartsOn: 1, firstWeekContainsDate: 4 }));
try { df.format(d, 'yyyy-MM-dd j'); } catch (e) { console.log('format unknown token', e.name, e.message); }
const constants = require('date-fns/constants');
console.log('constants', constants.millisecondsInHour, constants.daysInWeek, constants.secondsInDay);
console.log('fp-ish', df.formatDate === df.format, typeof df.constructFrom, f(df.constructFrom(d, 0).getTime() === 0 ? d : d));
console.log('transpose/clamp', f(df.clamp(new Date(2030, 0, 1), { start: d, end: e })));
