// One command runs the same load against the Node ws relay and against spocs-coordinator, in the
// same run on the same machine, and prints the ratio table with the goals (docs/benchmarks.md).
//
//   node bench/baseline/compare.js [--coordinator build/bin/spocs-coordinator]
//        [--sizes 1000x50,5000x10,10000x5] [--seconds 10] [--writers 20] [--write-rate 500]
//        [--storm 5000] [--storm-runs 1] [--only relay|coordinator] [--ping-ms 10000]
//
// --ping-ms: every session pings the server this often, as desktops do (0: never).
// --help prints this.
//
// Loopback only. Needs `npm ci` in bench/baseline once (the `ws` package).
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const lg = require('./loadgen');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function parseArgs(argv) {
  const o = {
    coordinator: path.resolve(__dirname, '../../build/bin/spocs-coordinator'),
    sizes: '1000x50,5000x10,10000x5', seconds: 10, writers: 20, writeRate: 500, storm: 5000, stormRuns: 1, only: '',
    pingMs: 10000,
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    const text = fs.readFileSync(__filename, 'utf8').split('\n');
    process.stdout.write(`${text.slice(0, text.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n')}\n`);
    process.exit(0);
  }
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(key in o)) throw new Error(`unknown option ${argv[i]}`);
    o[key] = typeof o[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  o.sizes = o.sizes.split(',').map((s) => { const [n, r] = s.split('x').map(Number); return { n, rate: r }; });
  return o;
}

function startServer(kind, o, dir, port, first) {
  let proc;
  if (kind === 'relay') {
    proc = spawn(process.execPath, [path.join(__dirname, 'relay.js'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  } else {
    const conf = path.join(dir, 'bench.conf');
    // The writers send faster than a desktop may (50 requests/s each): the bench lifts that limit.
    fs.writeFileSync(conf, '[limits]\nrequests_per_second = 100000\nrequest_burst = 100000\n');
    const args = ['--config', conf, '--db', path.join(dir, 'bench.db'), '--listen', `127.0.0.1:${port}`];
    if (first) args.push('--demo=50');
    proc = spawn(o.coordinator, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  }
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { proc.kill('SIGKILL'); reject(new Error(`${kind} did not start`)); }, 180000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (ws:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ proc, url: m[1], port: Number(new URL(m[1]).port) }); }
    });
    proc.on('exit', () => { clearTimeout(timer); reject(new Error(`${kind} exited before listening`)); });
  });
}

function stopServer(srv, signal = 'SIGTERM') {
  return new Promise((resolve) => {
    if (srv.proc.exitCode !== null || srv.proc.signalCode !== null) { resolve(); return; }
    const timer = setTimeout(() => { srv.proc.kill('SIGKILL'); }, 10000);
    srv.proc.once('exit', () => { clearTimeout(timer); resolve(); });
    srv.proc.kill(signal);
  });
}

function rssKb(pid) {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

async function closeAll(sessions) {
  for (const s of sessions) { s.onClose = null; s.close(); }
  await sleep(1500); // let both sides tear the sockets down before the next phase
}

async function runServer(kind, o) {
  const log = (m) => process.stderr.write(`[${kind}] ${m}\n`);
  const r = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `spocs-compare-${kind}-`));
  let srv = await startServer(kind, o, dir, 0, true);
  try {
    const tokens = {};
    const users = [...Array.from({ length: 20 }, (_, i) => `agent${i + 1}`), ...Array.from({ length: 5 }, (_, i) => `expert${i + 1}`)];
    for (const u of users) tokens[u] = await lg.login(srv.url, u, 'demo');
    const followerTokens = users.slice(0, 10).map((u) => tokens[u]);

    for (const { n, rate } of o.sizes) {
      const rss0 = rssKb(srv.proc.pid);
      const conn = await lg.connectSessions(srv.url, followerTokens, n, 100, ['presence']);
      r[`connect.${n}.batched`] = { ms: conn.ms, failed: conn.failed };
      await sleep(500);
      r[`memory.${n}`] = ((rssKb(srv.proc.pid) - rss0) / conn.sessions.length);
      const publishers = [];
      for (let j = 0; j < Math.ceil(rate / 10); j++) {
        const login = `expert${(j % 5) + 1}`;
        publishers.push({ login, session: await lg.openSession(srv.url, tokens[login], [], 30000) });
      }
      log(`${n} sessions in ${conn.ms.toFixed(0)} ms; fan-out at ${rate}/s for ${o.seconds} s`);
      r[`fanout.${n}x${rate}`] = await lg.fanout(conn.sessions, publishers, rate, o.seconds);
      await closeAll([...conn.sessions, ...publishers.map((p) => p.session)]);
    }
    const biggest = Math.max(...o.sizes.map((s) => s.n));
    const burst = await lg.connectSessions(srv.url, followerTokens, biggest, biggest, ['presence']);
    r[`connect.${biggest}.burst`] = { ms: burst.ms, failed: burst.failed };
    log(`${biggest} sessions at once in ${burst.ms.toFixed(0)} ms (${burst.failed} failed)`);
    await closeAll(burst.sessions);

    const writers = [];
    for (let i = 0; i < o.writers; i++) writers.push(await lg.openSession(srv.url, tokens[users[i % 20]], [], 30000));
    r.writesClosed = await lg.writes(writers, o.seconds);
    log(`closed-loop writes: ${r.writesClosed.perSecond.toFixed(0)}/s`);
    r.writesFixed = await lg.writes(writers, o.seconds, o.writeRate);
    await closeAll(writers);

    r.storm = [];
    for (let run = 0; run < o.stormRuns; run++) {
      const conn = await lg.connectSessions(srv.url, followerTokens, o.storm, 200, ['presence']);
      const deadline = lg.now() + 60000;
      const welcomedAt = lg.keepReconnecting(srv.url, conn.sessions, followerTokens, ['presence'], deadline);
      await stopServer(srv, 'SIGKILL');
      const restartedAt = lg.now();
      srv = await startServer(kind, o, dir, srv.port, false);
      while (welcomedAt.length < conn.sessions.length && lg.now() < restartedAt + 15000) await sleep(20);
      const after = welcomedAt.map((t) => t - restartedAt);
      const within3 = after.filter((t) => t <= 3000).length / o.storm;
      r.storm.push({ within3, all: after.length === o.storm, max: after.length ? Math.max(...after) : NaN, p50: lg.summary(after).p50 });
      log(`storm ${run + 1}: ${(within3 * 100).toFixed(1)} % within 3 s, ${after.length}/${o.storm} back`);
      await closeAll(conn.sessions);
    }
  } finally {
    await stopServer(srv);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return r;
}

function fmt(v, digits = 1) { return Number.isFinite(v) ? v.toFixed(digits) : '–'; }
function ratio(a, b) { return Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(2)}×` : '–'; }

function table(o, relay, coord) {
  const rows = [];
  const row = (what, rv, cv, goal, met, digits = 1) =>
    rows.push(`| ${what} | ${fmt(rv, digits)} | ${fmt(cv, digits)} | ${ratio(rv, cv)} | ${goal} | ${met === undefined || !Number.isFinite(cv) ? '' : met ? 'met' : '**missed**'} |`);
  const get = (r, k) => (r ? r[k] : undefined);
  for (const { n, rate } of o.sizes) {
    const rf = get(relay, `fanout.${n}x${rate}`) || {}; const cf = get(coord, `fanout.${n}x${rate}`) || {};
    const cc = get(coord, `connect.${n}.batched`) || {}; const rc = get(relay, `connect.${n}.batched`) || {};
    row(`connect ${n} (100 at a time), ms`, rc.ms, cc.ms, '', undefined, 0);
    row(`fan-out ${n} × ${rate}/s p50, ms`, rf.p50, cf.p50, '≤ 1.5× relay', cf.p50 <= 1.5 * rf.p50);
    row(`fan-out ${n} × ${rate}/s p99, ms`, rf.p99, cf.p99, '≤ 1.0× relay', cf.p99 <= rf.p99);
    row(`fan-out ${n} × ${rate}/s max, ms`, rf.max, cf.max, '', undefined);
    rows.push(`| fan-out ${n} × ${rate}/s delivered | ${rf.delivered ?? '–'}/${rf.expected ?? '–'} | ${cf.delivered ?? '–'}/${cf.expected ?? '–'} | | all | ${cf.expected === undefined ? '' : cf.delivered === cf.expected ? 'met' : '**missed**'} |`);
    row(`memory per session (${n}), KB`, get(relay, `memory.${n}`), get(coord, `memory.${n}`), '≤ 32 KB', get(coord, `memory.${n}`) <= 32);
  }
  const biggest = Math.max(...o.sizes.map((s) => s.n));
  const rb = get(relay, `connect.${biggest}.burst`) || {}; const cb = get(coord, `connect.${biggest}.burst`) || {};
  row(`connect ${biggest} at once, ms`, rb.ms, cb.ms, biggest >= 10000 ? '≤ 3000 ms' : '', biggest >= 10000 ? cb.ms <= 3000 && !cb.failed : undefined, 0);
  const rw = get(relay, 'writesClosed') || {}; const cw = get(coord, 'writesClosed') || {};
  row(`writes, ${o.writers} writers closed-loop, per s`, rw.perSecond, cw.perSecond, '≥ 2500/s', cw.perSecond >= 2500, 0);
  row(`writes, ${o.writers} writers closed-loop p50, ms`, rw.p50, cw.p50, '', undefined, 2);
  row(`writes, ${o.writers} writers closed-loop p99, ms`, rw.p99, cw.p99, '≤ 15 ms', cw.p99 <= 15, 2);
  const rx = get(relay, 'writesFixed') || {}; const cx = get(coord, 'writesFixed') || {};
  row(`writes at ${o.writeRate}/s p99, ms`, rx.p99, cx.p99, '≤ 5 ms', cx.p99 <= 5, 2);
  const storms = (r) => (r && r.storm) || [];
  for (let i = 0; i < o.stormRuns; i++) {
    const rs = storms(relay)[i] || {}; const cs = storms(coord)[i] || {};
    row(`storm ${o.storm} run ${i + 1}: % back within 3 s`, rs.within3 * 100, cs.within3 * 100, '≥ 95 %', cs.within3 >= 0.95);
    row(`storm ${o.storm} run ${i + 1}: last back, ms`, rs.max, cs.max, '≤ 10000, all', cs.all && cs.max <= 10000, 0);
  }
  return ['| scenario | node ws relay | spocs-coordinator | ratio | goal | |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  lg.setPingInterval(o.pingMs);
  const command = ['node', path.relative(process.cwd(), __filename), ...process.argv.slice(2)].join(' ');
  process.stdout.write(`command: ${command}\n`);
  process.stdout.write(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${new Date().toISOString()}\n`);
  const relay = o.only === 'coordinator' ? null : await runServer('relay', o);
  const coord = o.only === 'relay' ? null : await runServer('coordinator', o);
  process.stdout.write(`${table(o, relay, coord)}\n`);
}

main().then(() => process.exit(0), (e) => { process.stderr.write(`compare: ${e.stack || e}\n`); process.exit(1); });
