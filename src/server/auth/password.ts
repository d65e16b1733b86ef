// Password hashing with argon2id. Production uses OWASP's recommended cost (19 MiB, 2 passes);
// demo and test mode may use cheap parameters, since only synthetic demo logins have passwords there.
//
// Every login attempt that is checked at all costs the same hash work whether the name exists or not
// (decision 052): an unknown name is verified against a dummy hashed at the cost of the mode's accounts,
// and an account hashed more cheaply than its mode's cost is rehashed at its next login.
import { hash, verify } from '@node-rs/argon2';

export type HashCost = 'production' | 'cheap';

const costs = {
  production: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  cheap: { memoryCost: 1_024, timeCost: 1, parallelism: 1 },
} as const;

/** The cost of the accounts in a mode: the synthetic demo accounts are cheap, every other production. */
export function passwordCost(mode: 'demo' | 'production'): HashCost {
  return mode === 'demo' ? 'cheap' : 'production';
}

/** @node-rs/argon2 defaults to argon2id; the test asserts the $argon2id$ prefix. */
export function hashPassword(password: string, cost: HashCost): Promise<string> {
  return hash(password, costs[cost]);
}

/** The work a stored hash asks of a verification: memory (KiB), passes and lanes. */
export type HashWork = { memoryCost: number; timeCost: number; parallelism: number };

export function hashWork(stored: string): HashWork | null {
  const m = /\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  return m ? { memoryCost: Number(m[1]), timeCost: Number(m[2]), parallelism: Number(m[3]) } : null;
}

/** Whether a stored hash is cheaper than `cost`: it is then replaced at the next successful login. */
export function weakerThan(stored: string, cost: HashCost): boolean {
  const work = hashWork(stored);
  const want = costs[cost];
  return !work || work.memoryCost < want.memoryCost || work.timeCost < want.timeCost;
}

const observers = new Set<(work: HashWork | null) => void>();

/**
 * Tells `observer` the work of every verification from now on, until the returned function is called:
 * how the test shows that a known and an unknown name cost the same, without measuring time.
 */
export function observeHashWork(observer: (work: HashWork | null) => void): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (observers.size) for (const observer of observers) observer(hashWork(stored));
  return verify(stored, password);
}

// Verified against when the username is unknown, so that a miss costs as much as a hit.
const dummies = new Map<HashCost, Promise<string>>();

/** Makes the dummy ahead of the first unknown name, whose answer would otherwise also include hashing it. */
export function prepareDummy(cost: HashCost): Promise<string> {
  let dummy = dummies.get(cost);
  if (!dummy) dummies.set(cost, (dummy = hashPassword('ikke-et-ekte-passord', cost)));
  return dummy;
}

export async function verifyAgainstDummy(password: string, cost: HashCost): Promise<void> {
  await verifyPassword(await prepareDummy(cost), password);
}
