import pg from 'pg';
import { startServer } from '/work/wt/i14-perf/src/server/start';
import { loadConfig } from '/work/wt/i14-perf/src/server/config';
import { prepareTeachers, freshPostgres, seedDemo, currentVersion } from '/work/wt/i14-perf/bench/api-setup';
import { newTeacher, logIn, planSlots, send } from '/work/wt/i14-perf/bench/api-load';
const agg = new Map<string, { n: number; ms: number }>();
let count = 0;
const orig = pg.Client.prototype.query;
(pg.Client.prototype as any).query = function (this: unknown, ...a: any[]) { count++; const q = a[0]; const text = (typeof q === 'string' ? q : q?.text ?? '?').replace(/\s+/g, ' ').slice(0, 110); const s = performance.now(); const r = (orig as any).apply(this, a); if (r && typeof r.then === 'function') r.then(() => { const e = agg.get(text) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - s; agg.set(text, e); }, () => {}); return r; };
const target = await freshPostgres('postgres://postgres@127.0.0.1:5432/postgres');
const v = await currentVersion('/work/wt/i14-perf');
await seedDemo(v, target, '2026-11-24');
const accounts = await prepareTeachers(target, 10);
const config = loadConfig({ DATABASE_URL: (target as any).url, NAERVAER_NOW: '2026-11-24', PORT: '0', LOG_LEVEL: 'warn' });
const running = await startServer(config, () => {});
const base = new URL(running.url.replace('localhost', '127.0.0.1'));
const kinds = new Map<string, { n: number; ms: number; q: number }>();
const measure = async (label: string, fn: () => Promise<unknown>) => { count = 0; const s = performance.now(); await fn(); const e = kinds.get(label) ?? { n: 0, ms: 0, q: 0 }; e.n++; e.ms += performance.now() - s; e.q += count; kinds.set(label, e); };
const ts = accounts.map((a, i) => newTeacher(a.username, a.classId, i));
for (const t of ts) await measure('login', () => logIn(base, t, 'naervaer-demo'));
for (const [i, t] of ts.entries()) await planSlots(base, t, '2026-11-24', 40, i);
agg.clear(); kinds.clear();
for (let i = 0; i < 6; i++) for (const t of ts) {
  await measure('register', () => send(base, t, 'GET', `/api/classes/${t.classId}/register?date=${t.slots[t.next]!.date}`));
  for (let j = 0; j < 3; j++) { const s = t.slots[t.next++]!; await measure('absence', async () => { const r = await send(base, t, 'POST', '/api/absence-events', { pupilId: s.pupilId, date: s.date, kind: 'lesson', period: s.period, documented: false, reason: 'ukjent' }); if (r.status !== 201) console.log(r.body); }); }
  await measure('alerts', () => send(base, t, 'GET', '/api/alerts?status=open'));
}
for (const [k, e] of kinds) console.log(k.padEnd(10), 'avg', (e.ms / e.n).toFixed(1), 'ms', 'queries', (e.q / e.n).toFixed(1));
console.log([...agg].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30).map(([t, e]) => `${e.ms.toFixed(0).padStart(6)} ms ${String(e.n).padStart(5)}× ${(e.ms / e.n).toFixed(2).padStart(6)}  ${t}`).join('\n'));
await running.stop();
await target.drop();
