// IDOR probe (issue 6 item 8, decision 056): every API route that names an object by id, read from
// /api/openapi.json at run time, is called by an actor who may do it on their own data, with the ids of
// another class, another school of the kommune and another kommune — all at once and one id at a time.
// Another's id must behave exactly like an id that does not exist (same status, same error; 404 or 403
// for ids in the path), leak none of the other's data, and change nothing. The same request on the
// actor's own data must then work, so a fixture cannot pass by being wrong. A route with an id and no
// fixture fails the first test: add one in tests/security/fixtures.ts (how: see the top of that file).
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { FIXTURES, type Fixture, type FixtureRequest } from './fixtures';
import { idInputs, type Operation } from './support/openapi';
import {
  FOREIGN,
  foreignSnapshot,
  MARKERS,
  send,
  type Bundle,
  type IdKey,
  type World,
  useSecurityWorld,
} from './support/world';

const NAME_KEYS: IdKey[] = ['profileName', 'ladderName', 'localPupilId'];

/** The bundle keys a fixture's request uses, found by calling it with a recording proxy. */
function keysUsed(fixture: Fixture, own: Bundle): IdKey[] {
  const used = new Set<IdKey>();
  fixture.request(new Proxy(own, { get: (t, k) => (used.add(k as IdKey), t[k as IdKey]) }));
  return [...used];
}

type Probe = { label: string; swapped: Partial<Record<IdKey, string>> };

function probesFor(fixture: Fixture, world: World): Probe[] {
  const own = world.bundles.own;
  const used = keysUsed(fixture, own);
  const probes = new Map<string, Probe>();
  for (const name of FOREIGN[fixture.actor]) {
    const other = world.bundles[name];
    const differing = used.filter((k) => other[k] !== undefined && other[k] !== own[k]);
    if (differing.length === 0) continue;
    // All of another's ids at once (when the bundle has them all), then each id alone in the actor's own request.
    if (differing.length > 1 && used.every((k) => other[k] !== undefined))
      probes.set(`${name}:*`, {
        label: `${name}: ${differing.join(', ')}`,
        swapped: Object.fromEntries(differing.map((k) => [k, other[k]])),
      });
    for (const k of differing) probes.set(`${name}:${k}`, { label: `${name}: ${k}`, swapped: { [k]: other[k] } });
  }
  return [...probes.values()];
}

const randomFor = (k: IdKey) => (NAME_KEYS.includes(k) ? `ukjent-${randomUUID().slice(0, 8)}` : randomUUID());
const pathOf = (url: string) => url.split('?')[0]!;
const errorCode = (body: string) => {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
};

function firstDifference(x: string, y: string): string {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `«…${x.slice(Math.max(0, i - 60), i + 60)}…» mot «…${y.slice(Math.max(0, i - 60), i + 60)}…»`;
}

describeDb('security: no object of another class, school or kommune through any route (IDOR)', () => {
  const t = useSecurityWorld();

  const call = (op: Operation, fixture: Fixture, req: FixtureRequest) =>
    send(t.app, t.world.sessions[fixture.actor], {
      method: op.method,
      url: req.url,
      payload: req.payload,
      headers: req.headers,
    });

  it('every route that takes an id has a fixture, and every fixture a route', () => {
    const missing = t.ops
      .filter((op) => idInputs(op).length > 0 && !FIXTURES[op.key])
      .map((op) => `${op.key} (tar ${idInputs(op).join(', ')}) mangler fixture i tests/security/fixtures.ts`);
    const stale = Object.keys(FIXTURES)
      .filter((k) => !t.ops.some((op) => op.key === k))
      .map((k) => `${k} finnes ikke lenger i /api/openapi.json`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it("another's id answers exactly like an id that does not exist, leaks nothing and changes nothing", async () => {
    const before = await foreignSnapshot(t.db, t.world);
    const failures: string[] = [];
    let probed = 0;
    for (const op of t.ops) {
      const fixture = FIXTURES[op.key];
      if (!fixture) continue;
      const own = t.world.bundles.own;
      for (const probe of probesFor(fixture, t.world)) {
        const keys = Object.keys(probe.swapped) as IdKey[];
        const unknown = fixture.request({ ...own, ...Object.fromEntries(keys.map((k) => [k, randomFor(k)])) });
        const foreign = fixture.request({ ...own, ...probe.swapped });
        const u = await call(op, fixture, unknown);
        const f = await call(op, fixture, foreign);
        probed++;
        const where = `${op.key} som ${fixture.actor}, ${probe.label}`;
        const inPath = keys.some((k) => pathOf(foreign.url).includes(encodeURIComponent(probe.swapped[k]!)));
        if (f.statusCode >= 500) failures.push(`${where}: ${f.statusCode} ${f.body.slice(0, 200)}`);
        if (f.statusCode !== u.statusCode || errorCode(f.body) !== errorCode(u.body)) {
          failures.push(
            `${where}: svarte ${f.statusCode} ${errorCode(f.body) ?? ''}, men ${u.statusCode} ${errorCode(u.body) ?? ''} for en id som ikke finnes`,
          );
        }
        if (!fixture.namesInOwnKommune) {
          if (inPath && ![403, 404].includes(f.statusCode))
            failures.push(`${where}: id i stien ga ${f.statusCode}, ventet 404 (eller 403)`);
          if (!inPath && op.method !== 'GET' && f.statusCode < 400)
            failures.push(`${where}: ${f.statusCode} — en endring med en annens id ble godtatt`);
          // A read may log itself (the audit review does), so the answer may change by the call: compare with the next one too.
          if (f.statusCode < 300 && f.body !== u.body && f.body !== (await call(op, fixture, unknown)).body)
            failures.push(
              `${where}: svaret skiller seg fra svaret for en ukjent id: ${firstDifference(f.body, u.body)}`,
            );
        }
        // Names we sent ourselves may be echoed; nothing else of the other's may appear.
        let body = f.body;
        for (const v of Object.values(probe.swapped)) body = body.replaceAll(v!, '');
        const leaked = FOREIGN[fixture.actor].map((n) => MARKERS[n]).filter((m) => body.includes(m));
        if (leaked.length) failures.push(`${where}: svaret inneholder ${leaked.join(', ')}: ${body.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(probed).toBeGreaterThan(Object.keys(FIXTURES).length);
    expect(await foreignSnapshot(t.db, t.world)).toEqual(before);
  }, 300_000);

  it('the same requests on their own data are allowed, so every probe above was a real one', async () => {
    // Reads first, then the alerts (a new absence re-evaluates the pupil's alerts), then other changes;
    // deleting and moving the pupil come last so they do not disturb the rest.
    const rank = (op: Operation) =>
      op.method === 'GET'
        ? 0
        : op.key.includes('alert')
          ? 1
          : op.method === 'DELETE' || op.key.includes('withdraw')
            ? 3
            : op.key.includes('class-change')
              ? 4
              : 2;
    const failures: string[] = [];
    for (const op of [...t.ops].sort((x, y) => rank(x) - rank(y))) {
      const fixture = FIXTURES[op.key];
      if (!fixture) continue;
      const res = await call(op, fixture, fixture.request(t.world.bundles.own));
      const allowed =
        (res.statusCode >= 200 && res.statusCode < 300) ||
        res.statusCode === 409 ||
        (fixture.ownStatus?.statuses.includes(res.statusCode) ?? false);
      if (!allowed)
        failures.push(`${op.key} som ${fixture.actor} på egne data: ${res.statusCode} ${res.body.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
