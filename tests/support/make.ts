// Factories over the API (decision 096): the states tests build again and again, each one call at the
// call site. They go through the real routes as the given user, and fail the test with the server's
// answer when the server refuses, so a broken set-up never passes for a broken feature.
import type { Client, Reply } from './world';
import { heardNeeded } from '../../src/domain/ladder/heard';
import { HEARD } from '../../src/domain/ladder/testing';

function ok<T>(res: Reply<T>, what: string): T {
  if (res.status >= 300) throw new Error(`Oppsett: ${what} svarte ${res.status}: ${res.body}`);
  return res.data;
}

/** Opens a case «av undring» for the pupil; its id. */
export async function openCase(as: Client, pupilId: string, reason = 'Oppsett: bekymring for fravær') {
  return ok(await as.post<{ id: string }>('/api/cases', { pupilId, from: 'undring', reason }), 'åpne sak').id;
}

/**
 * Takes a case action on the case's current version; the case afterwards. A step that needs the pupil's
 * views and the best-interest assessment gets a synthetic record unless the call gives one (decision 181).
 */
export async function actOnCase(as: Client, caseId: string, given: { type: string } & Record<string, unknown>) {
  const needed = heardNeeded(given.type, typeof given.outcome === 'string' ? given.outcome : null);
  const action = needed && !('heard' in given) ? { ...given, heard: HEARD } : given;
  const { version } = ok(await as.get<{ version: number }>(`/api/cases/${caseId}`), 'lese sak');
  return ok(await as.post(`/api/cases/${caseId}/actions`, { action, version }), `saksgrep ${action.type}`);
}

/** Opens a case and escalates it to `level` on the ladder; its id. */
export async function openCaseAtLevel(as: Client, pupilId: string, level: number, reason?: string) {
  const caseId = await openCase(as, pupilId, reason);
  for (let l = 0; l < level; l++) await actOnCase(as, caseId, { type: 'escalate', reason: `Oppsett: trinn ${l + 1}` });
  return caseId;
}

/** Registers undocumented whole-day absence on each date; the server's answers (events and alerts). */
export async function recordAbsence(
  as: Client,
  pupilId: string,
  dates: string[],
  extra: Record<string, unknown> = { kind: 'day', documented: false },
) {
  const answers = [];
  for (const date of dates)
    answers.push(ok(await as.post('/api/absence-events', { pupilId, date, ...extra }), `fravær ${date}`));
  return answers;
}

/** Makes a staff account through the users screen's API; the server's answer (account and link). */
export async function createAccount(admin: Client, account: Record<string, unknown>) {
  return ok(await admin.post('/api/users', account), 'lage konto');
}
