// 'readable' versus 'data' mode, pause/resume/isPaused, readableFlowing.
const { Readable } = require('stream');

function src(items) {
  let i = 0;
  return new Readable({
    read() {
      this.push(i < items.length ? items[i++] : null);
    },
  });
}

const a = src(['a1', 'a2', 'a3']);
a.on('readable', () => {
  let chunk;
  const parts = [];
  while ((chunk = a.read()) !== null) parts.push(String(chunk));
  console.log('readable ->', JSON.stringify(parts), 'flowing', a.readableFlowing);
});
a.on('end', () => {
  console.log('a end');
  const b = src(['b1', 'b2', 'b3', 'b4']);
  b.on('data', (d) => {
    console.log('b data', String(d), 'paused', b.isPaused());
    if (String(d) === 'b2') {
      b.pause();
      console.log('paused now', b.isPaused(), b.readableFlowing);
      setTimeout(() => {
        console.log('resuming');
        b.resume();
      }, 5);
    }
  });
  b.on('pause', () => console.log('b pause event'));
  b.on('resume', () => console.log('b resume event'));
  b.on('end', () => {
    console.log('b end');
    third();
  });
});

function third() {
  const c = src(['c1', 'c2']);
  c.pause();
  console.log('c flowing after pause()', c.readableFlowing, c.isPaused());
  c.on('data', (d) => console.log('c data', String(d)));
  console.log('c flowing after on data', c.readableFlowing);
  setTimeout(() => {
    c.readableFlowing = null;
    console.log('set null ->', c.readableFlowing);
    c.resume();
    console.log('resume ->', c.readableFlowing);
    c.on('end', () => fourth());
  }, 5);
}

function fourth() {
  // Both 'readable' and 'data': 'readable' wins, data is emitted by read().
  const d = src(['d1', 'd2']);
  d.on('data', (x) => console.log('d data', String(x)));
  d.on('readable', () => {
    const x = d.read();
    console.log('d readable read', x === null ? null : String(x), 'flowing', d.readableFlowing);
  });
  d.on('end', () => {
    console.log('d end');
    const e = src(['e1']);
    e.on('readable', function h() {
      e.removeListener('readable', h);
      console.log('e removed readable');
    });
    e.on('data', (x) => console.log('e data', String(x)));
    e.on('end', () => console.log('e end'));
  });
}
