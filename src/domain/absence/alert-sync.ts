// How a pupil's stored alerts follow the episodes the school's current rules compute (issue 13 item 2).
// Pure: the server loads the rows, this plans the writes. The invariants:
// - an alert is never lost to a change of rules: what the current rules no longer compute is retired
//   with a reason and keeps its status; when the same episode comes back it is open again — or handled,
//   as it was;
// - an episode that continues one of earlier rules (the same rule, or an equivalent rule on overlapping
//   days) carries that alert's status, so a handled alert does not ask for another call;
// - only an alert nobody acted on, whose episode vanished because registrations were corrected, is
//   deleted: it was never true.

export type AlertStatus = 'new' | 'seen' | 'handled' | 'dismissed';

export type StoredAlert = {
  id: string;
  profile: string;
  ruleId: string;
  startedOn: string;
  endedOn: string | null;
  status: AlertStatus;
  dismissReason: string | null;
  /** The day it was retired (YYYY-MM-DD), or null while the current rules compute it. */
  retiredOn: string | null;
  handledContactId: string | null;
  /** Whether any contact names the alert (so someone acted on it). */
  hasContact: boolean;
  /** What the rule counts (see `ruleSignature`); null when the rule can no longer be read. */
  signature: string | null;
  /** Observation rules fire from a staff observation, which stands whatever the profile. */
  observation: boolean;
};

export type FoundEpisode = { ruleId: string; startedOn: string; endedOn: string | null; signature: string };

export type SyncOptions = {
  /** The profile the pupil's school follows now. */
  profile: string;
  today: string;
  /** Why current-profile alerts that are no longer computed are retired; null: registrations were corrected. */
  rulesChanged: string | null;
  /** Why alerts of another profile are retired (the school switched, or the pupil moved school). */
  otherProfile: string;
  /** When set, an episode first found already over is history, stored as dismissed with this reason. */
  pastAsHistory: string | null;
};

export type CarriedStatus = {
  status: AlertStatus;
  dismissReason: string | null;
  handledContactId: string | null;
  continuesId: string;
};

export type SyncPlan = {
  insert: {
    episode: FoundEpisode;
    status: AlertStatus;
    dismissReason: string | null;
    handledContactId: string | null;
    continuesId: string | null;
  }[];
  /** Existing alerts whose episode is found again: end date and explanation follow it; a retired one comes back. */
  keep: { id: string; episode: FoundEpisode; unretire: boolean; carry: CarriedStatus | null }[];
  retire: { id: string; reason: string }[];
  delete: string[];
};

const RANK: Record<AlertStatus, number> = { new: 0, seen: 1, dismissed: 2, handled: 3 };

const CORRECTED = 'Registreringene er endret, og regelen slår ikke lenger til for disse dagene.';

/** What an event rule counts, independent of its id, title and texts: two rules with the same signature fire on the same days. */
export function ruleSignature(
  rule: { kind: 'events'; window: unknown; conditions: unknown } | { kind: 'observation'; id: string },
): string {
  return rule.kind === 'events'
    ? `events:${canonical({ window: rule.window, conditions: rule.conditions })}`
    : `observation:${rule.id}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const key = (ruleId: string, startedOn: string) => `${ruleId}|${startedOn}`;

function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Plans the writes that bring one pupil's alerts in line with the episodes found under the current profile. */
export function planAlertSync(
  found: readonly FoundEpisode[],
  existing: readonly StoredAlert[],
  o: SyncOptions,
): SyncPlan {
  const plan: SyncPlan = { insert: [], keep: [], retire: [], delete: [] };
  const current = new Map(existing.filter((a) => a.profile === o.profile).map((a) => [key(a.ruleId, a.startedOn), a]));
  const foundKeys = new Set(found.map((f) => key(f.ruleId, f.startedOn)));

  // First what is no longer computed, so that what is found can carry on from it.
  const retiredNow = new Map<string, string>();
  for (const a of existing) {
    if (a.retiredOn !== null) continue;
    if (a.profile !== o.profile) {
      if (!a.observation) retiredNow.set(a.id, o.otherProfile);
      continue;
    }
    if (foundKeys.has(key(a.ruleId, a.startedOn))) continue;
    if (o.rulesChanged !== null) retiredNow.set(a.id, o.rulesChanged);
    else if ((a.status === 'new' || a.status === 'seen') && !a.hasContact && a.handledContactId === null)
      plan.delete.push(a.id);
    else retiredNow.set(a.id, CORRECTED);
  }
  for (const [id, reason] of retiredNow) plan.retire.push({ id, reason });

  // Alerts an episode can carry on from: retired before or now, not deleted.
  const retired = existing.filter((a) => a.retiredOn !== null || retiredNow.has(a.id));
  const span = (from: string, to: string | null, fallback: string) => ({ from, to: to ?? fallback });
  const predecessor = (f: FoundEpisode, self: string | null): StoredAlert | null => {
    const days = span(f.startedOn, f.endedOn, o.today);
    let best: StoredAlert | null = null;
    for (const a of retired) {
      if (a.id === self) continue;
      const equivalent = a.ruleId === f.ruleId || (a.signature !== null && a.signature === f.signature);
      if (!equivalent || !overlaps(days, span(a.startedOn, a.endedOn, a.retiredOn ?? o.today))) continue;
      if (
        !best ||
        RANK[a.status] > RANK[best.status] ||
        (RANK[a.status] === RANK[best.status] && a.startedOn > best.startedOn)
      )
        best = a;
    }
    return best;
  };

  for (const f of found) {
    const old = current.get(key(f.ruleId, f.startedOn));
    if (old) {
      const unretire = old.retiredOn !== null;
      const p = unretire ? predecessor(f, old.id) : null;
      const carry =
        p && RANK[p.status] > RANK[old.status]
          ? {
              status: p.status,
              dismissReason: p.dismissReason,
              handledContactId: p.handledContactId,
              continuesId: p.id,
            }
          : null;
      plan.keep.push({ id: old.id, episode: f, unretire, carry });
      continue;
    }
    const p = predecessor(f, null);
    if (p)
      plan.insert.push({
        episode: f,
        status: p.status,
        dismissReason: p.dismissReason,
        handledContactId: p.handledContactId,
        continuesId: p.id,
      });
    else if (o.pastAsHistory !== null && f.endedOn !== null)
      plan.insert.push({
        episode: f,
        status: 'dismissed',
        dismissReason: o.pastAsHistory,
        handledContactId: null,
        continuesId: null,
      });
    else
      plan.insert.push({ episode: f, status: 'new', dismissReason: null, handledContactId: null, continuesId: null });
  }
  return plan;
}
