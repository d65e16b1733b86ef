// The morning peak as load on a running server over loopback HTTP (bench:api): virtual teachers, each
// with its own account, its own loopback address (the login limiter counts per address) and its own
// keep-alive connection, go through the morning of the web app (src/web/api.ts): log in, open the class
// register, register three absences, read the alerts. Two modes:
// - closed loop: each teacher sends its next request when the last one is answered, no think time: the
//   ceiling of the server;
// - open loop: requests arrive at a steady rate whatever the answers, each teacher in turn; latency is
//   measured from the scheduled arrival, so time spent queueing counts.
import http from 'node:http';

export type Kind = 'login' | 'register' | 'absence' | 'alerts';
export const KINDS: Kind[] = ['login', 'register', 'absence', 'alerts'];
/** One teacher's morning after logging in: the register, three registrations, the alerts. */
const MIX: Exclude<Kind, 'login'>[] = ['register', 'absence', 'absence', 'absence', 'alerts'];

type Slot = { pupilId: string; date: string; period: number };

export type Teacher = {
  username: string;
  classId: string;
  address: string;
  agent: http.Agent;
  cookie?: string;
  csrf?: string;
  slots: Slot[];
  next: number;
  step: number;
};

export type Response = { status: number; body: string; headers: http.IncomingHttpHeaders };

export function send(base: URL, teacher: Teacher, method: string, path: string, body?: unknown): Promise<Response> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (data !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(data));
  }
  if (teacher.cookie) headers.cookie = teacher.cookie;
  if (teacher.csrf && method !== 'GET') headers['x-csrf-token'] = teacher.csrf;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers,
        agent: teacher.agent,
        localAddress: teacher.address,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** The i-th loopback address from 127.0.1.1 on: one per teacher. */
export function loopbackAddress(i: number): string {
  return `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
}

export function newTeacher(username: string, classId: string, index: number): Teacher {
  return {
    username,
    classId,
    address: loopbackAddress(index),
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    slots: [],
    next: 0,
    step: 0,
  };
}

export async function logIn(base: URL, t: Teacher, password: string): Promise<Response> {
  t.cookie = undefined;
  t.csrf = undefined;
  const res = await send(base, t, 'POST', '/api/auth/login', { username: t.username, password });
  if (res.status === 200) {
    const setCookie = res.headers['set-cookie']?.find((c) => c.startsWith('naervaer_sid='));
    t.cookie = setCookie?.split(';')[0];
    t.csrf = (JSON.parse(res.body) as { csrfToken?: string }).csrfToken;
  }
  return res;
}

type Register = {
  schoolDay: boolean;
  future?: boolean;
  lessons: { period: number }[];
  pupils: { id: string; events: unknown[] }[];
};

function previousWeekday(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  do d.setUTCDate(d.getUTCDate() - 1);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
  return d.toISOString().slice(0, 10);
}

/** A fixed shuffle (the same for both versions of the server), so registrations spread over the class. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/**
 * Free lesson slots (pupil, date, period) for at least `needed` registrations, from the registers of
 * today and the school days before it: pupils with nothing registered that day, one slot per lesson.
 */
export async function planSlots(base: URL, t: Teacher, today: string, needed: number, seed: number): Promise<void> {
  let date = today;
  const slots: Slot[] = [];
  for (let days = 0; slots.length < needed && days < 60; days++, date = previousWeekday(date)) {
    const res = await send(base, t, 'GET', `/api/classes/${t.classId}/register?date=${date}`);
    if (res.status !== 200)
      throw new Error(`Klasseregisteret for ${t.username} ${date} svarte ${res.status}: ${res.body.slice(0, 200)}`);
    const reg = JSON.parse(res.body) as Register;
    if (!reg.schoolDay || reg.future) continue;
    const day: Slot[] = [];
    for (const p of reg.pupils)
      if (p.events.length === 0) for (const l of reg.lessons) day.push({ pupilId: p.id, date, period: l.period });
    slots.push(...shuffle(day, seed + days));
  }
  t.slots = slots;
  t.next = 0;
  t.step = 0;
}

/** The teacher's next request in the morning mix. */
function nextRequest(t: Teacher): { kind: Exclude<Kind, 'login'>; method: string; path: string; body?: unknown } {
  const kind = MIX[t.step % MIX.length]!;
  t.step++;
  const slot = t.slots[Math.min(t.next, t.slots.length - 1)]!;
  if (kind === 'register') return { kind, method: 'GET', path: `/api/classes/${t.classId}/register?date=${slot.date}` };
  if (kind === 'alerts') return { kind, method: 'GET', path: '/api/alerts?status=open' };
  if (t.next >= t.slots.length) throw new Error(`${t.username} har ikke flere ledige timer å registrere fravær i`);
  t.next++;
  return {
    kind,
    method: 'POST',
    path: '/api/absence-events',
    body: {
      pupilId: slot.pupilId,
      date: slot.date,
      kind: 'lesson',
      period: slot.period,
      documented: false,
      reason: 'ukjent',
    },
  };
}

export class Stats {
  readonly latencies = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
  readonly errors = new Map<string, number>();
  completed = 0;

  record(kind: Kind, ms: number, status: number, expected: number, body: string): void {
    this.latencies.get(kind)!.push(ms);
    this.completed++;
    if (status !== expected) {
      const key = `${kind} ${status} ${body.slice(0, 120)}`;
      this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
    }
  }

  errorCount(): number {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function issue(base: URL, t: Teacher, stats: Stats, startedAt: number): Promise<void> {
  const r = nextRequest(t);
  try {
    const res = await send(base, t, r.method, r.path, r.body);
    stats.record(r.kind, performance.now() - startedAt, res.status, r.kind === 'absence' ? 201 : 200, res.body);
  } catch (e) {
    stats.record(r.kind, performance.now() - startedAt, 0, 1, String(e));
  }
}

/** Every teacher at once, each request after the last answer, for `seconds`. */
export async function closedLoop(
  base: URL,
  teachers: Teacher[],
  seconds: number,
): Promise<{ stats: Stats; elapsed: number }> {
  const stats = new Stats();
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    teachers.map(async (t) => {
      while (performance.now() < end) await issue(base, t, stats, performance.now());
    }),
  );
  return { stats, elapsed: (performance.now() - start) / 1000 };
}

/**
 * Requests at `rate` per second for `seconds`, the teachers in turn, each sent at its scheduled time
 * whether or not earlier ones have been answered (a teacher's connection pool then opens more sockets).
 * Latency counts from the scheduled time. Waits for the answers still out at the end.
 */
export async function openLoop(
  base: URL,
  teachers: Teacher[],
  seconds: number,
  rate: number,
): Promise<{ stats: Stats; elapsed: number; lateStarts: number }> {
  const stats = new Stats();
  for (const t of teachers) t.agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const start = performance.now();
  const total = Math.round(seconds * rate);
  const pending: Promise<void>[] = [];
  let lateStarts = 0;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    else if (wait < -5) lateStarts++;
    pending.push(issue(base, teachers[i % teachers.length]!, stats, due));
  }
  await Promise.all(pending);
  return { stats, elapsed: (performance.now() - start) / 1000, lateStarts };
}

/** All teachers log in at once (the morning's login storm). */
export async function loginStorm(base: URL, teachers: Teacher[], password: string): Promise<Stats> {
  const stats = new Stats();
  await Promise.all(
    teachers.map(async (t) => {
      const started = performance.now();
      const res = await logIn(base, t, password).catch((e: unknown) => ({ status: 0, body: String(e), headers: {} }));
      stats.record('login', performance.now() - started, res.status, 200, res.body);
    }),
  );
  return stats;
}
