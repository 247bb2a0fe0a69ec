// The baseline: a minimal WebSocket relay on Node's `ws`, what the coordinator is measured against.
// It speaks just enough of the Spocs protocol (docs/protocol.md) for the same load generator to
// drive both: auth.login answers a token (the login itself), hello a welcome, presence.set sends one
// presence.changed event (serialised once) to every session following "presence", and
// customer.note.add is answered at once (nothing is stored: the relay has no durability to pay for).
//
//   node relay.js [PORT]      prints "listening on ws://127.0.0.1:PORT" (port 0 picks one)
'use strict';

const { WebSocketServer } = require('ws');

const port = Number(process.argv[2] || 0);
const server = new WebSocketServer({ host: '127.0.0.1', port, backlog: 4096, maxPayload: 1 << 20, perMessageDeflate: false });
const followers = new Set();
let seq = 0;
let nextUserId = 1;
const users = new Map();

function userOf(login) {
  if (!users.has(login)) users.set(login, { id: nextUserId++, login, name: login, role: 'agent' });
  return users.get(login);
}

server.on('connection', (ws) => {
  ws.on('error', () => {});
  ws.on('message', (data) => {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      ws.send(JSON.stringify({ t: 'err', error: { code: 'bad_request', message: 'invalid JSON' } }));
      return;
    }
    if (frame.t === 'hello') {
      ws.user = userOf(String(frame.token || 'anonymous'));
      if (Array.isArray(frame.topics) && frame.topics.includes('presence')) followers.add(ws);
      ws.send(JSON.stringify({ t: 'welcome', v: 1, session: 'relay', user: ws.user, epoch: 'relay', seq, features: ['resume', 'cid'] }));
      return;
    }
    if (frame.t !== 'req') return;
    const args = frame.args || {};
    if (frame.op === 'auth.login') {
      ws.send(JSON.stringify({ t: 'res', re: frame.id, ok: true, data: { token: String(args.user), user: userOf(String(args.user)) } }));
    } else if (frame.op === 'presence.set' && ws.user) {
      seq += 1;
      const event = JSON.stringify({
        t: 'evt', seq, topic: 'presence', kind: 'presence.changed',
        data: { user: ws.user, state: args.state, reason: args.reason || '', since: new Date().toISOString() },
      });
      for (const follower of followers) follower.send(event);
      ws.send(JSON.stringify({ t: 'res', re: frame.id, ok: true, data: { state: args.state, seq } }));
    } else {
      ws.send(JSON.stringify({ t: 'res', re: frame.id, ok: true, data: { seq } }));
    }
  });
  ws.on('close', () => followers.delete(ws));
});

server.on('listening', () => {
  process.stdout.write(`listening on ws://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
