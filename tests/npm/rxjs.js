// rxjs 7: observables, operators, subjects, schedulers on timers, error handling, firstValueFrom.
const rx = require('rxjs');
const op = require('rxjs/operators');

const log = (label) => ({
  next: (v) => console.log(label, 'next', JSON.stringify(v)),
  error: (e) => console.log(label, 'error', e.message || e),
  complete: () => console.log(label, 'complete'),
});

rx.of(1, 2, 3, 4, 5).pipe(op.filter((x) => x % 2 === 1), op.map((x) => x * 10), op.scan((a, b) => a + b, 0)).subscribe(log('of/filter/map/scan'));
rx.from([1, 2, 3]).pipe(op.reduce((a, b) => a + b), op.defaultIfEmpty(-1)).subscribe(log('reduce'));
rx.range(1, 10).pipe(op.skip(2), op.take(5), op.takeWhile((x) => x < 6, true), op.toArray()).subscribe(log('range/skip/take/takeWhile'));
rx.from('abcabc').pipe(op.distinct(), op.toArray()).subscribe(log('distinct'));
rx.of(1, 1, 2, 2, 1).pipe(op.distinctUntilChanged(), op.pairwise(), op.toArray()).subscribe(log('distinctUntilChanged/pairwise'));
rx.of({ k: 'a', v: 1 }, { k: 'b', v: 2 }, { k: 'a', v: 3 }).pipe(op.groupBy((x) => x.k), op.mergeMap((g) => g.pipe(op.map((x) => x.v), op.toArray(), op.map((arr) => [g.key, arr]))), op.toArray()).subscribe(log('groupBy'));
rx.of(1, 2, 3).pipe(op.bufferCount(2), op.toArray()).subscribe(log('bufferCount'));
rx.of(1, 2).pipe(op.concatMap((x) => rx.of(x, x * 100)), op.toArray()).subscribe(log('concatMap'));
rx.of(1, 2, 3).pipe(op.startWith(0), op.endWith(9), op.toArray()).subscribe(log('startWith/endWith'));
rx.zip(rx.of(1, 2, 3), rx.of('a', 'b')).pipe(op.toArray()).subscribe(log('zip'));
rx.combineLatest([rx.of(1, 2), rx.of('x')]).pipe(op.toArray()).subscribe(log('combineLatest'));
rx.forkJoin({ a: rx.of(1, 2), b: rx.from(Promise.resolve('p')) }).subscribe(log('forkJoin'));
rx.concat(rx.of(1), rx.of(2)).pipe(op.every((x) => x > 0)).subscribe(log('concat/every'));
rx.of(3, 1, 2).pipe(op.max(), op.withLatestFrom(rx.of('w'))).subscribe(log('max/withLatestFrom'));
rx.EMPTY.pipe(op.isEmpty()).subscribe(log('EMPTY/isEmpty'));
rx.of(5, 6).pipe(op.first(), op.single()).subscribe(log('first/single'));
rx.of(5, 6).pipe(op.last((x) => x < 0)).subscribe(log('last none'));
rx.of(1, 2, 3).pipe(op.elementAt(1), op.tap((v) => console.log('tap saw', v))).subscribe(log('elementAt'));

// Errors, retries, catching.
let attempts = 0;
rx.defer(() => { attempts++; return attempts < 3 ? rx.throwError(() => new Error(`fail ${attempts}`)) : rx.of('ok on ' + attempts); }).pipe(op.retry(5)).subscribe(log('defer/retry'));
rx.of(1, 2, 3).pipe(op.map((x) => { if (x === 2) throw new Error('two!'); return x; }), op.catchError((e) => rx.of('caught ' + e.message))).subscribe(log('catchError'));
rx.throwError(() => new Error('plain')).pipe(op.finalize(() => console.log('finalize ran'))).subscribe(log('throwError'));
rx.of(1).pipe(op.timeout({ first: 1000 })).subscribe(log('timeout ok'));
rx.of(1, 2).pipe(op.mergeMap((x) => (x === 2 ? rx.throwError(() => new Error('inner')) : rx.of(x))), op.materialize(), op.map((n) => n.kind), op.toArray()).subscribe(log('materialize'));

// Subjects.
const subject = new rx.Subject();
subject.subscribe((v) => console.log('subject A', v));
subject.next(1);
subject.subscribe((v) => console.log('subject B', v));
subject.next(2);
subject.complete();
const beh = new rx.BehaviorSubject('initial');
beh.subscribe((v) => console.log('behavior', v));
beh.next('updated');
console.log('behavior value', beh.getValue());
const rep = new rx.ReplaySubject(2);
[1, 2, 3].forEach((v) => rep.next(v));
rep.subscribe((v) => console.log('replay', v));
const asyncSubj = new rx.AsyncSubject();
asyncSubj.subscribe((v) => console.log('async subject', v));
asyncSubj.next('a'); asyncSubj.next('b'); asyncSubj.complete();

// Multicasting.
let execs = 0;
const shared = rx.defer(() => { execs++; return rx.of('shared value'); }).pipe(op.shareReplay(1));
shared.subscribe(() => {}); shared.subscribe(() => {});
console.log('shareReplay executions', execs);

// Time-based operators: each step runs only after the previous one finished, so timers of
// different steps never interleave (gaps inside a step are wide).
const run = (label, obs) => new Promise((resolve) => obs.subscribe({ ...log(label), complete: () => { log(label).complete(); resolve(); }, error: (e) => { log(label).error(e); resolve(); } }));
(async () => {
  await run('custom', new rx.Observable((sub) => {
    sub.next('hello');
    const id = setInterval(() => sub.next('tick'), 10);
    return () => { clearInterval(id); console.log('custom teardown'); };
  }).pipe(op.take(3)));
  await run('timer', rx.timer(30, 30).pipe(op.take(3), op.map((i) => `t${i}`), op.toArray()));
  await run('interval/debounce', rx.interval(15).pipe(op.take(6), op.debounceTime(1), op.toArray()));
  await run('delay', rx.of('x').pipe(op.delay(20)));
  await run('merge timers', rx.merge(rx.timer(40).pipe(op.map(() => 'slow')), rx.timer(5).pipe(op.map(() => 'fast'))).pipe(op.toArray()));
  await run('race', rx.race(rx.timer(40).pipe(op.map(() => 'late')), rx.timer(5).pipe(op.map(() => 'early'))));
  await run('switchMap', rx.of(1, 2, 3).pipe(op.switchMap((x) => rx.timer(10).pipe(op.map(() => x)))));
  await run('timeout with', rx.NEVER.pipe(op.timeout({ first: 25, with: () => rx.of('timed out') })));
  await run('bufferTime', rx.interval(10).pipe(op.take(3), op.bufferTime(200), op.take(1)));
  console.log('lastValueFrom', await rx.lastValueFrom(rx.from([7, 8]).pipe(op.delay(5))));
  const sub = rx.interval(5).subscribe(() => {});
  console.log('unsubscribe', sub.closed, (sub.unsubscribe(), sub.closed));
})();

// Promise interop.
rx.firstValueFrom(rx.of(7, 8)).then((v) => console.log('firstValueFrom', v));
rx.firstValueFrom(rx.EMPTY).catch((e) => console.log('firstValueFrom empty', e.name, e.message, e instanceof rx.EmptyError));
rx.lastValueFrom(rx.EMPTY, { defaultValue: 'dflt' }).then((v) => console.log('lastValueFrom default', v));
console.log('isObservable', rx.isObservable(rx.of(1)), rx.isObservable({ subscribe() {} }), typeof rx.config);
