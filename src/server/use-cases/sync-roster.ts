// Roster sync (issue 16 item 2, decisions 082 and 083), shared by `naervaer roster sync` and the admin
// screen: read the tables as OneRoster or as Nærvær's templates, compare with the database, and either
// show what would change (dry run: nothing written) or write it all in one transaction. A file with any
// bad row changes nothing; each bad row is named by file, line, column and why.
import { diffRoster, planIsEmpty, type ChangeKind, type Counts, type SchoolChanges } from '../../domain/roster/diff';
import { isOneRoster, parseOneRoster } from '../../domain/roster/oneroster';
import { isTemplate, parseTemplate } from '../../domain/roster/template';
import type { RosterProblem, RosterTable } from '../../domain/roster/types';
import { schoolYearOf } from '../../domain/roster/fields';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { applyRosterPlan, loadCurrentRoster, type SyncBy } from '../roster/roster-store';

export type RosterSyncResult = {
  format: string;
  dryRun: boolean;
  /** True when the plan was written (never on a dry run, never with problems). */
  applied: boolean;
  problems: RosterProblem[];
  totals: Record<ChangeKind, Counts>;
  schools: SchoolChanges[];
  /** Millisecond timings of the steps, for the benchmark. */
  timings: { parse: number; load: number; diff: number; apply: number };
};

export type RosterSyncOptions = {
  dryRun: boolean;
  /** Synthetic national ids (month + 80): demo mode, or a test's own setting (decision 055). */
  allowSynthetic: boolean;
  now: Date;
  /** NAERVAER_ID_HASH_KEY: guardians' national ids are also stored as the keyed hash ID-porten's pid is matched by (decision 084). */
  idHashKey?: string;
};

const NONE = (): Record<ChangeKind, Counts> => ({
  new: { classes: 0, pupils: 0, guardians: 0, staff: 0 },
  changed: { classes: 0, pupils: 0, guardians: 0, staff: 0 },
  leaving: { classes: 0, pupils: 0, guardians: 0, staff: 0 },
});

export async function syncRoster(
  db: Db,
  by: Omit<SyncBy, 'organisation'>,
  tables: ReadonlyMap<string, RosterTable>,
  options: RosterSyncOptions,
): Promise<RosterSyncResult> {
  const t0 = performance.now();
  const today = osloDate(options.now);
  const parseOptions = { allowSynthetic: options.allowSynthetic, schoolYear: schoolYearOf(today) };
  let parsed;
  if (isOneRoster(tables)) parsed = parseOneRoster(tables, parseOptions);
  else if (isTemplate(tables)) parsed = parseTemplate(tables, parseOptions);
  else
    throw new AppError(
      'validation',
      'Fant verken en OneRoster-pakke (orgs.csv og users.csv) eller Nærværs maler (skoler, klasser, elever, foresatte, ansatte).',
    );
  const timings = { parse: performance.now() - t0, load: 0, diff: 0, apply: 0 };
  const base = { format: parsed.format, dryRun: options.dryRun, timings };
  if (parsed.problems.length)
    return { ...base, applied: false, problems: parsed.problems, totals: NONE(), schools: [] };

  return db.withContext({ kommuneId: by.kommuneId, userId: by.userId ?? undefined }, async (tx) => {
    const kommune = await tx
      .selectFrom('kommune')
      .select('name')
      .where('id', '=', by.kommuneId)
      .executeTakeFirstOrThrow();
    const t1 = performance.now();
    const current = await loadCurrentRoster(tx);
    const t2 = performance.now();
    const plan = diffRoster(current, parsed.roster);
    const t3 = performance.now();
    timings.load = t2 - t1;
    timings.diff = t3 - t2;
    const result = { ...base, problems: plan.problems, totals: plan.totals, schools: plan.summary };
    if (options.dryRun || plan.problems.length || planIsEmpty(plan)) return { ...result, applied: false };
    await applyRosterPlan(
      tx,
      { ...by, organisation: kommune.name },
      current,
      plan,
      today,
      options.now,
      options.idHashKey,
    );
    timings.apply = performance.now() - t3;
    return { ...result, applied: true };
  });
}
