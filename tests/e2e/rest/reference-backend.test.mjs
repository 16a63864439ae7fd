// The reference backend over real HTTP: data survives a restart, creates are idempotent,
// roles are enforced server-side, CORS answers the app's origin, cookies work like tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startBackend } from '../backend.mjs';

const worker = { authorization: 'Bearer demo-worker' };
const coordinator = { authorization: 'Bearer demo-coordinator' };

async function json(res) {
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

test('a created challenge survives a restart; a retried create makes one record', async () => {
  let backend = await startBackend();
  const body = JSON.stringify({ title: '経理の入門', skill: 'bookkeeping', why: '', support: '' });
  const post = () => fetch(`${backend.url}/api/v1/challenges`, {
    method: 'POST',
    headers: { ...worker, 'content-type': 'application/json', 'idempotency-key': 'k-restart' },
    body,
  });
  const first = await post();
  assert.equal(first.status, 201);
  const created = await json(first);
  const again = await post();
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal((await json(again)).id, created.id);
  const other = await fetch(`${backend.url}/api/v1/challenges`, {
    method: 'POST',
    headers: { ...worker, 'content-type': 'application/json', 'idempotency-key': 'k-restart' },
    body: body.replace('経理', '総務'),
  });
  assert.equal(other.status, 422);
  assert.equal(other.headers.get('content-type'), 'application/problem+json');

  const db = backend.db;
  await backend.stop();
  backend = await startBackend({ db });
  const list = await json(await fetch(`${backend.url}/api/v1/challenges`, { headers: worker }));
  assert.equal(list.filter((c) => c.title === '経理の入門').length, 1);
  // The replay also survives the restart.
  const replay = await post();
  assert.equal((await json(replay)).id, created.id);
  await backend.stop();
});

test('roles are enforced by the server, and a stale ETag is 412', async () => {
  const backend = await startBackend();
  assert.equal((await fetch(`${backend.url}/api/v1/workers/w-kei`, { headers: worker })).status, 403);
  const kei = await fetch(`${backend.url}/api/v1/workers/w-kei`, { headers: coordinator });
  assert.equal(kei.status, 200);
  assert.match((await json(kei)).availability.away[0].note, /お迎え/);
  const cards = await json(await fetch(`${backend.url}/api/v1/challenges`, { headers: coordinator }));
  const card = cards.find((c) => c.status === 'requested');
  const move = (headers, etag) => fetch(`${backend.url}/api/v1/challenges/${card.id}/moves`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'if-match': etag },
    body: JSON.stringify({ to: 'discussing' }),
  });
  assert.equal((await move(worker, card.etag)).status, 404, 'a worker cannot move another worker\'s card');
  const moved = await move(coordinator, card.etag);
  assert.equal(moved.status, 200);
  assert.notEqual(moved.headers.get('etag'), card.etag);
  const stale = await move(coordinator, card.etag);
  assert.equal(stale.status, 412);
  assert.equal((await json(stale)).current.status, 'discussing');
  await backend.stop();
});

test('CORS for the app origin, and a session cookie instead of a token', async () => {
  const backend = await startBackend();
  const pre = await fetch(`${backend.url}/api/v1/challenges`, {
    method: 'OPTIONS',
    headers: { origin: 'http://127.0.0.1:8080', 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
  assert.match(pre.headers.get('access-control-allow-headers'), /Idempotency-Key/);
  const foreign = await fetch(`${backend.url}/api/v1/session`, { headers: { ...worker, origin: 'https://evil.example' } });
  assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  const me = await json(await fetch(`${backend.url}/api/v1/session`, { headers: { cookie: 'okaeri_session=demo-coordinator' } }));
  assert.equal(me.role, 'coordinator');
  await backend.stop();
});

test('each sign-in mints its own session, which DELETE /session ends; a body too large is 413', async () => {
  const backend = await startBackend();
  const signIn = () => fetch(`${backend.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'demo-worker' }),
  });
  const [a, b] = [await json(await signIn()), await json(await signIn())];
  assert.match(a.token, /^[0-9a-f]{64}$/, 'a random token, not the code');
  assert.notEqual(a.token, b.token);
  const asA = { authorization: `Bearer ${a.token}` };
  assert.equal((await fetch(`${backend.url}/api/v1/session`, { headers: asA })).status, 200);
  const out = await fetch(`${backend.url}/api/v1/session`, { method: 'DELETE', headers: asA });
  assert.equal(out.status, 204);
  assert.match(out.headers.get('set-cookie'), /okaeri_session=;.*Max-Age=0/);
  assert.equal((await fetch(`${backend.url}/api/v1/session`, { headers: asA })).status, 401, 'ended');
  assert.equal((await fetch(`${backend.url}/api/v1/session`, { headers: { authorization: `Bearer ${b.token}` } })).status, 200, 'the other session goes on');

  const huge = await fetch(`${backend.url}/api/v1/challenges/ch101/comments`, {
    method: 'POST',
    headers: { ...worker, 'content-type': 'application/json', 'idempotency-key': 'k-huge' },
    body: JSON.stringify({ text: 'あ'.repeat(200_000) }),
  });
  assert.equal(huge.status, 413);
  assert.equal(huge.headers.get('content-type'), 'application/problem+json');
  await backend.stop();
});
