// pg against a real PostgreSQL server on loopback: the throwaway cluster
// of scripts/pg-fixture.sh (127.0.0.1:54329, user and database postgres,
// trust auth), which the test runner and record-golden start before this
// test (tests/npm/pg.needs-postgres asks them to). Queries, parameters and
// type parsing, transactions (COMMIT and ROLLBACK), prepared statements,
// a pool, notices and notifications, and server and connection errors.
//
// Every run works in its own schema (a random name, never printed), so
// reruns and concurrent runs never see each other's tables.
const net = require('net');
const { Client, Pool, types } = require('pg');

const log = (...a) => console.log(...a);
const SCHEMA = `sandnode_pg_${Math.random().toString(36).slice(2, 10)}`;
const config = {
  host: '127.0.0.1',
  port: 54329,
  user: 'postgres',
  database: 'postgres',
  // Explicit, so a PGSSLMODE in node's environment cannot change it.
  ssl: false,
  // Unqualified names resolve in this run's schema.
  options: `-c search_path=${SCHEMA}`,
};

function showError(label, err) {
  log(label, err.name, err.code, err.message);
  for (const k of ['severity', 'detail', 'hint', 'position', 'table', 'column', 'constraint']) {
    if (err[k] !== undefined) log(`  ${k}:`, err[k]);
  }
}

async function closedPort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

async function basics(client) {
  let r = await client.query('SELECT 1 + 1 AS two, $1::text AS greeting', ['hello']);
  log('select', JSON.stringify(r.rows), r.rowCount, r.command);
  log('fields', r.fields.map((f) => `${f.name}:${f.dataTypeID}`).join(' '));

  r = await client.query(
    `SELECT $1::int AS i, $2::bigint AS big, $3::numeric AS num, $4::float8 AS f,
            $5::boolean AS b, $6::text AS nul, $7::int[] AS arr, $8::jsonb AS j,
            $9::bytea AS bytes, $10::text AS unicode`,
    [42, '9007199254740993', '12.340', 1.5, true, null, [1, 2, 3], { a: [1, 'x'] },
      Buffer.from([0, 255, 16]), 'héllo ✓ 😀'],
  );
  const row = r.rows[0];
  for (const [k, v] of Object.entries(row)) {
    log('type', k, typeof v, Buffer.isBuffer(v) ? v.toString('hex') : JSON.stringify(v));
  }

  r = await client.query({ text: 'SELECT $1::int AS a, $2::text AS b', values: [7, 'seven'], rowMode: 'array' });
  log('rowMode array', JSON.stringify(r.rows));

  // A custom parser for int8, then the default again.
  types.setTypeParser(20, (v) => BigInt(v));
  r = await client.query('SELECT 9007199254740993::bigint AS big');
  log('custom parser', typeof r.rows[0].big, String(r.rows[0].big));
  types.setTypeParser(20, (v) => v);

  r = await client.query('SELECT generate_series(1, 5) AS n');
  log('series', r.rows.map((x) => x.n).join(','), r.rowCount);
  r = await client.query('SELECT 1 AS a; SELECT 2 AS b');
  log('multi statement', Array.isArray(r), r.length, JSON.stringify(r.map((x) => x.rows)));
}

async function tables(client) {
  await client.query(`CREATE SCHEMA ${SCHEMA}`);
  let r = await client.query(`
    CREATE TABLE people (
      id serial PRIMARY KEY,
      name text NOT NULL UNIQUE,
      age int CHECK (age >= 0),
      tags text[] DEFAULT '{}'
    )`);
  log('create', r.command, r.rowCount);
  r = await client.query(
    'INSERT INTO people (name, age, tags) VALUES ($1, $2, $3), ($4, $5, $6) RETURNING id, name',
    ['ada', 36, ['math', 'code'], 'alan', 41, []],
  );
  log('insert', r.command, r.rowCount, JSON.stringify(r.rows));
  r = await client.query('UPDATE people SET age = age + 1 WHERE age > $1', [30]);
  log('update', r.command, r.rowCount);
  r = await client.query('SELECT name, age, tags FROM people ORDER BY id');
  log('rows', JSON.stringify(r.rows));

  // A named prepared statement, parsed once and run twice.
  const byName = { name: 'person-by-name', text: 'SELECT age FROM people WHERE name = $1' };
  r = await client.query({ ...byName, values: ['ada'] });
  log('prepared 1', r.rows[0].age);
  r = await client.query({ ...byName, values: ['alan'] });
  log('prepared 2', r.rows[0].age);
}

async function transactions(client) {
  await client.query('BEGIN');
  await client.query('INSERT INTO people (name, age) VALUES ($1, $2)', ['grace', 85]);
  await client.query('COMMIT');
  let r = await client.query('SELECT count(*)::int AS n FROM people');
  log('after commit', r.rows[0].n);

  await client.query('BEGIN');
  await client.query('INSERT INTO people (name, age) VALUES ($1, $2)', ['temp', 1]);
  r = await client.query('SELECT count(*)::int AS n FROM people');
  log('inside transaction', r.rows[0].n);
  await client.query('ROLLBACK');
  r = await client.query('SELECT count(*)::int AS n FROM people');
  log('after rollback', r.rows[0].n);

  // An error aborts the transaction until it is rolled back.
  await client.query('BEGIN');
  try {
    await client.query('INSERT INTO people (name, age) VALUES ($1, $2)', ['ada', 1]);
  } catch (err) {
    showError('duplicate', err);
  }
  try {
    await client.query('SELECT 1');
  } catch (err) {
    showError('aborted transaction', err);
  }
  await client.query('ROLLBACK');

  await client.query('BEGIN');
  await client.query('SAVEPOINT sp');
  await client.query('DELETE FROM people');
  await client.query('ROLLBACK TO SAVEPOINT sp');
  await client.query('COMMIT');
  r = await client.query('SELECT count(*)::int AS n FROM people');
  log('after savepoint rollback', r.rows[0].n);
}

async function errors(client) {
  const bad = [
    ['syntax', 'SELEC 1'],
    ['undefined table', 'SELECT * FROM no_such_table'],
    ['undefined column', 'SELECT nope FROM people'],
    ['check violation', "INSERT INTO people (name, age) VALUES ('neg', -1)"],
    ['not null', 'INSERT INTO people (age) VALUES (1)'],
    ['bad cast', "SELECT 'abc'::int"],
    ['division', 'SELECT 1 / 0'],
  ];
  for (const [label, sql] of bad) {
    try {
      await client.query(sql);
      log(label, 'unexpectedly succeeded');
    } catch (err) {
      showError(label, err);
    }
  }
  try {
    await client.query('SELECT $1::int', []);
  } catch (err) {
    showError('missing parameter', err);
  }
  await client.query('SET statement_timeout = 50');
  try {
    await client.query('SELECT pg_sleep(2)');
  } catch (err) {
    showError('statement timeout', err);
  }
  await client.query('RESET statement_timeout');
  const r = await client.query('SELECT 1 AS still_ok');
  log('usable after errors', r.rows[0].still_ok);
}

async function events(client) {
  const notices = [];
  client.on('notice', (msg) => notices.push(`${msg.severity}: ${msg.message}`));
  await client.query("DO $$ BEGIN RAISE NOTICE 'hello from plpgsql %', 42; END $$");
  log('notices', JSON.stringify(notices));

  const listener = new Client(config);
  await listener.connect();
  await listener.query('LISTEN sandnode_channel');
  const got = new Promise((resolve) => listener.on('notification', resolve));
  await client.query("SELECT pg_notify('sandnode_channel', 'payload ✓')");
  const n = await got;
  log('notification', n.channel, n.payload);
  await listener.end();
}

async function pool() {
  const p = new Pool({ ...config, max: 3 });
  const results = await Promise.all(
    [1, 2, 3, 4, 5, 6].map((i) => p.query('SELECT $1::int * 10 AS v, pg_sleep(0.02)', [i])),
  );
  log('pool parallel', results.map((r) => r.rows[0].v).join(','));
  log('pool counts', p.totalCount <= 3, p.waitingCount);

  const c = await p.connect();
  try {
    await c.query('BEGIN');
    await c.query('INSERT INTO people (name, age) VALUES ($1, $2)', ['pooled', 50]);
    await c.query('COMMIT');
  } finally {
    c.release();
  }
  const r = await p.query('SELECT name FROM people WHERE age = 50');
  log('pool transaction', JSON.stringify(r.rows));
  try {
    await p.query('SELECT * FROM missing_in_pool');
  } catch (err) {
    showError('pool error', err);
  }
  log('idle', p.idleCount > 0);
  await p.end();
  log('pool ended', p.ended);
  try {
    await p.query('SELECT 1');
  } catch (err) {
    log('query after pool end', err.message);
  }
}

// Bulk traffic: a large result set and large parameters cross the socket
// in many reads and writes.
async function bulk(client) {
  let r = await client.query(
    "SELECT i, md5(i::text) AS h, repeat('x', i % 50) AS pad FROM generate_series(1, 20000) AS i",
  );
  const sum = r.rows.reduce((acc, row) => acc + row.i + row.pad.length, 0);
  log('bulk rows', r.rowCount, sum, r.rows[19999].h);
  const big = 'ü'.repeat(600000);
  r = await client.query('SELECT length($1::text) AS chars, octet_length($1::text) AS bytes, md5($1::text) AS h', [big]);
  log('big param', JSON.stringify(r.rows[0]));
  const pattern = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) pattern[i] = (i * 7) & 0xff;
  const blob = Buffer.alloc(1 << 20, pattern);
  r = await client.query('SELECT $1::bytea AS b, md5($1::bytea) AS h', [blob]);
  log('big bytea', r.rows[0].b.length, r.rows[0].b.equals(blob), r.rows[0].h);
  await client.query('CREATE TABLE bulk (id int PRIMARY KEY, body text)');
  const values = [];
  const params = [];
  for (let i = 0; i < 500; i++) {
    values.push(`($${2 * i + 1}, $${2 * i + 2})`);
    params.push(i, `row ${i}`);
  }
  r = await client.query(`INSERT INTO bulk VALUES ${values.join(',')}`, params);
  log('bulk insert', r.rowCount);
  r = await client.query('SELECT count(*)::int AS n, max(body) AS m FROM bulk');
  log('bulk check', JSON.stringify(r.rows[0]));
}

// The callback forms, escaping helpers and a connection string.
async function apiForms() {
  const c = new Client(`postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable&options=-c%20search_path%3D${SCHEMA}`);
  await new Promise((resolve, reject) => c.connect((err) => (err ? reject(err) : resolve())));
  const rows = await new Promise((resolve, reject) =>
    c.query('SELECT $1::text AS v', ['callback'], (err, res) => (err ? reject(err) : resolve(res.rows))));
  log('callback query', JSON.stringify(rows));
  await new Promise((resolve) =>
    c.query('SELEC oops', (err) => {
      log('callback error', err.code);
      resolve();
    }));
  const lit = c.escapeLiteral("it's \\ odd");
  const id = c.escapeIdentifier('Weird "name"');
  log('escape', lit, id);
  const r = await c.query(`SELECT ${lit} AS ${id}`);
  log('escaped round trip', JSON.stringify(r.rows));
  const sp = await c.query('SHOW search_path');
  log('search_path from connection string', sp.rows[0].search_path === SCHEMA);
  await new Promise((resolve) => c.end(resolve));
  log('callback end');
}

// The server ends connections: a client sees 57P01 as an 'error' event
// then 'end'; a pool drops the dead client, recovers, and idles out.
async function termination() {
  const admin = new Client(config);
  await admin.connect();
  const victim = new Client(config);
  await victim.connect();
  const pid = (await victim.query('SELECT pg_backend_pid() AS p')).rows[0].p;
  // The server's notice comes first; the socket's end may add a second.
  const gotError = new Promise((r) => victim.on('error', r));
  const ended = new Promise((r) => victim.once('end', () => r('end event')));
  await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  const e = await gotError;
  log('terminated', e.code, e.message);
  log(await ended);
  try {
    await victim.query('SELECT 1');
  } catch (err) {
    log('after termination', err.message);
  }

  const p = new Pool({ ...config, max: 1, idleTimeoutMillis: 50 });
  p.on('error', (err) => log('pool error event', err.code));
  const c = await p.connect();
  const backend = (await c.query('SELECT pg_backend_pid() AS p')).rows[0].p;
  c.release();
  let removed = new Promise((r) => p.once('remove', r));
  await admin.query('SELECT pg_terminate_backend($1)', [backend]);
  await removed;
  log('dead client removed', p.totalCount, p.idleCount);
  removed = new Promise((r) => p.once('remove', r));
  const r = await p.query('SELECT 2 AS two');
  log('pool recovered', r.rows[0].two, p.totalCount);
  await removed;
  log('idle client timed out', p.totalCount);
  await p.end();
  await admin.end();
}

async function connectionErrors() {
  const port = await closedPort();
  const refused = new Client({ ...config, port });
  try {
    await refused.connect();
  } catch (err) {
    log('refused', err.code, err.syscall, err.message.replace(/:\d+$/, ':<port>'));
  }
  const noRole = new Client({ ...config, user: 'no_such_role' });
  try {
    await noRole.connect();
  } catch (err) {
    showError('unknown role', err);
  }
  // The fixture's server has no TLS: pg asks first, and stops at the answer.
  const tls = new Client({ ...config, ssl: true });
  try {
    await tls.connect();
  } catch (err) {
    log('ssl refused by server', err.name, err.message);
  }
  const noDb = new Client({ ...config, database: 'no_such_db' });
  try {
    await noDb.connect();
  } catch (err) {
    showError('unknown database', err);
  }
}

async function main() {
  const client = new Client(config);
  await client.connect();
  log('connected');
  try {
    await basics(client);
    await tables(client);
    await transactions(client);
    await errors(client);
    await events(client);
    await bulk(client);
    await apiForms();
    await pool();
    await termination();
    await connectionErrors();
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  }
  try {
    await client.query('SELECT 1');
  } catch (err) {
    log('query after end', err.message);
  }
  log('done');
}

main().catch((err) => {
  console.log('FAILED', err);
  process.exitCode = 1;
});
