// The load generator: drives any server that speaks the Spocs protocol (docs/protocol.md), the real
// coordinator or relay.js, with the same code, so figures from one run compare like for like.
// Every wait is bounded in time; every loop in count.
'use strict';

const WebSocket = require('ws');
const { performance } = require('perf_hooks');
const crypto = require('crypto');

const now = () => performance.now();

// Desktops ping every 10 s to notice a dead link (docs/protocol.md, Transport); sessions here do the
// same unless told otherwise, so the servers carry that load too. 0 turns it off.
let pingMs = 10000;
function setPingInterval(ms) { pingMs = ms; }

// One protocol session: a socket, requests with ids, a hello, and an event callback.
class Session {
  constructor(url) {
    this.url = url;
    this.nextId = 1;
    this.pending = new Map();
    this.onEvent = null;
    this.onWelcome = null;
    this.onClose = null;
    this.lastSeq = 0;
    this.epoch = null;
    this.ws = null;
  }

  open(timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url, { perMessageDeflate: false, handshakeTimeout: timeoutMs });
      this.ws = ws;
      const timer = setTimeout(() => { ws.terminate(); reject(new Error('open timed out')); }, timeoutMs);
      ws.on('open', () => {
        clearTimeout(timer);
        if (pingMs > 0) {
          // Spread over the interval, as desktops that signed in at different times are.
          const start = setTimeout(() => {
            this.pinger = setInterval(() => { if (ws.readyState === WebSocket.OPEN) ws.ping(); }, pingMs);
          }, Math.random() * pingMs);
          this.pinger = start;
        }
        resolve();
      });
      ws.on('error', (e) => { clearTimeout(timer); reject(e); });
      ws.on('close', () => {
        clearTimeout(this.pinger);
        clearInterval(this.pinger);
        for (const [, p] of this.pending) p.reject(new Error('closed'));
        this.pending.clear();
        if (this.onClose) this.onClose();
      });
      ws.on('message', (data) => this.dispatch(data));
    });
  }

  dispatch(data) {
    let frame;
    try { frame = JSON.parse(data); } catch { return; }
    if (frame.t === 'evt') {
      if (frame.seq > this.lastSeq) this.lastSeq = frame.seq;
      if (this.onEvent) this.onEvent(frame);
    } else if (frame.t === 'res') {
      const p = this.pending.get(frame.re);
      if (p) { this.pending.delete(frame.re); p.resolve(frame); }
    } else if (frame.t === 'welcome') {
      this.epoch = frame.epoch;
      if (frame.seq > this.lastSeq) this.lastSeq = frame.seq;
      if (this.onWelcome) { const w = this.onWelcome; this.onWelcome = null; w(frame); }
    }
  }

  request(op, args = {}, timeoutMs = 30000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`${op} timed out`)); }, timeoutMs);
      this.pending.set(id, { resolve: (f) => { clearTimeout(timer); resolve(f); }, reject: (e) => { clearTimeout(timer); reject(e); } });
      this.ws.send(JSON.stringify({ t: 'req', id, op, args }));
    });
  }

  hello(token, topics = [], resume = null, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('hello timed out')), timeoutMs);
      this.onWelcome = (w) => { clearTimeout(timer); resolve(w); };
      const hello = { t: 'hello', v: 1, client: 'spocs-loadgen/1', token, topics };
      if (resume) hello.resume = resume;
      this.ws.send(JSON.stringify(hello));
    });
  }

  close() { if (this.ws) this.ws.terminate(); }
}

async function login(url, user, password) {
  const s = new Session(url);
  await s.open();
  const res = await s.request('auth.login', { user, password }, 60000);
  s.close();
  if (!res.ok) throw new Error(`login ${user}: ${JSON.stringify(res.error)}`);
  return res.data.token;
}

async function openSession(url, token, topics, timeoutMs) {
  const s = new Session(url);
  await s.open(timeoutMs);
  await s.hello(token, topics, null, timeoutMs);
  return s;
}

// Opens n sessions following `topics`, `batch` at a time (batch >= n: all at once).
async function connectSessions(url, tokens, n, batch, topics, timeoutMs = 60000) {
  const start = now();
  const sessions = [];
  let failed = 0;
  for (let first = 0; first < n; first += batch) {
    const count = Math.min(batch, n - first);
    const opened = await Promise.allSettled(
      Array.from({ length: count }, (_, i) => openSession(url, tokens[(first + i) % tokens.length], topics, timeoutMs)));
    for (const r of opened) {
      if (r.status === 'fulfilled') sessions.push(r.value); else failed += 1;
    }
    if (now() - start > timeoutMs) break;
  }
  return { sessions, ms: now() - start, failed };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples) {
  const sorted = Float64Array.from(samples).sort();
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.length ? sorted[sorted.length - 1] : NaN };
}

// Publishers change presence at `rate` per second in total for `seconds`; every follower measures
// each change from the moment it was sent to the moment it arrived.
async function fanout(followers, publishers, rate, seconds, drainMs = 15000) {
  const sendTimes = new Map(); // login -> [t0, t1, ...]
  const logins = publishers.map((p) => p.login);
  for (const login of logins) sendTimes.set(login, []);
  const latencies = [];
  let delivered = 0;
  // Each change carries its number in `reason` ("bench 17"), so a follower matches it to its send time
  // exactly, whatever else (logins, grace-period offline changes) happens on the topic.
  for (const f of followers) {
    f.onEvent = (e) => {
      if (e.kind !== 'presence.changed' || !e.data || !e.data.user) return;
      const times = sendTimes.get(e.data.user.login);
      const m = /^bench (\d+)$/.exec(e.data.reason || '');
      if (!times || !m || Number(m[1]) >= times.length) return;
      latencies.push(now() - times[Number(m[1])]);
      delivered += 1;
    };
  }
  const total = Math.round(rate * seconds);
  let sent = 0;
  let failedSends = 0;
  const start = now();
  await new Promise((resolve) => {
    const tick = setInterval(() => {
      const owed = Math.min(total, Math.floor(((now() - start) / 1000) * rate)) - sent;
      for (let i = 0; i < owed; i++, sent++) {
        const p = publishers[sent % publishers.length];
        const times = sendTimes.get(p.login);
        const reason = `bench ${times.length}`;
        times.push(now());
        p.session.request('presence.set', { state: 'break', reason }).catch(() => { failedSends += 1; });
      }
      if (sent >= total) { clearInterval(tick); resolve(); }
    }, 2);
  });
  const expected = sent * followers.length;
  const drainStart = now();
  while (delivered < expected && now() - drainStart < drainMs) await new Promise((r) => setTimeout(r, 20));
  for (const f of followers) f.onEvent = null;
  return { ...summary(latencies), delivered, expected, failedSends };
}

// Durable writes: customer.note.add from each writer, closed-loop (next after the answer) for
// `seconds`, or at a fixed total `rate` spread over the writers.
async function writes(writers, seconds, rate = 0) {
  const latencies = [];
  let acked = 0;
  let failed = 0;
  const deadline = now() + seconds * 1000;
  const one = async (w, i) => {
    const t0 = now();
    try {
      const res = await w.request('customer.note.add',
        { customer: `C-${1000 + (i % 50)}`, text: `bench note ${i}`, cid: crypto.randomUUID() });
      if (res.ok) { acked += 1; latencies.push(now() - t0); } else failed += 1;
    } catch { failed += 1; }
  };
  const start = now();
  if (rate <= 0) {
    await Promise.all(writers.map(async (w, i) => {
      let n = 0;
      while (now() < deadline) await one(w, i * 1000000 + n++);
    }));
  } else {
    const total = Math.round(rate * seconds);
    const inFlight = [];
    let sent = 0;
    await new Promise((resolve) => {
      const tick = setInterval(() => {
        const owed = Math.min(total, Math.floor(((now() - start) / 1000) * rate)) - sent;
        for (let i = 0; i < owed; i++, sent++) inFlight.push(one(writers[sent % writers.length], sent));
        if (sent >= total) { clearInterval(tick); resolve(); }
      }, 1);
    });
    await Promise.all(inFlight);
  }
  const elapsed = (now() - start) / 1000;
  return { ...summary(latencies), acked, failed, perSecond: acked / elapsed };
}

// The desktop's reconnect back-off (client/ReconnectPolicy): 250 ms doubling to 30 s, each delay
// drawn from [d/2, d].
function backoff(attempt) {
  const d = Math.min(30000, 250 * 2 ** Math.min(attempt, 8));
  return d / 2 + Math.random() * (d / 2);
}

// Keeps sessions coming back after their server dies: each reconnects with the back-off and resumes
// from its last seq; `welcomedAt` collects when each got its welcome again.
function keepReconnecting(url, sessions, tokens, topics, deadline) {
  const welcomedAt = [];
  sessions.forEach((s, i) => {
    let attempt = 0;
    const retry = () => {
      if (now() > deadline) return;
      setTimeout(async () => {
        const fresh = new Session(url);
        fresh.lastSeq = s.lastSeq;
        try {
          await fresh.open(5000);
          await fresh.hello(tokens[i % tokens.length], topics, s.epoch ? { epoch: s.epoch, seq: s.lastSeq } : null, 5000);
          welcomedAt.push(now());
          sessions[i] = fresh;
        } catch {
          fresh.close();
          attempt += 1;
          retry();
        }
      }, backoff(attempt));
    };
    s.onClose = retry;
  });
  return welcomedAt;
}

module.exports = { Session, setPingInterval, login, openSession, connectSessions, fanout, writes, keepReconnecting, summary, now };
