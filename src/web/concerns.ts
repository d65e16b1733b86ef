// Pure helpers for the concern screens (decision 026): which concerns a save made or grew, and the
// alerts that are no longer open as history, one entry per contact that handled them. No React.
import type { Alert, AlertRef, AlertStatus, Concern } from './api';

const SEVERITY_RANK: Record<string, number> = { low: 0, medium: 1, high: 2 };

/** Higher is more severe; an unknown severity counts as medium (as on the server). */
export function severityRank(severity: string): number {
  return SEVERITY_RANK[severity] ?? 1;
}

/** Open = new or seen and computed by the school's current rules (not retired). */
export function isOpen(alert: Pick<Alert, 'status' | 'retiredAt'>): boolean {
  return (alert.status === 'new' || alert.status === 'seen') && alert.retiredAt === null;
}

/** The concern's alerts at the versions the user saw: what the concern actions send. */
export function alertRefs(alerts: readonly Pick<Alert, 'id' | 'version'>[]): AlertRef[] {
  return alerts.map((a) => ({ id: a.id, version: a.version }));
}

export type FreshConcern = {
  concern: Concern;
  /** The concern's alerts that were not known before, most severe first. */
  fresh: Alert[];
  /** 'new': every alert of the concern is new to the user; 'grown': an open concern gained rules. */
  kind: 'new' | 'grown';
};

/**
 * The concerns that hold an alert not known before (by id when the earlier ids are known, else the
 * alerts still new): what a save announces, each concern once.
 */
export function freshConcerns(concerns: readonly Concern[], knownIds: ReadonlySet<string> | null): FreshConcern[] {
  return concerns.flatMap((concern) => {
    const fresh = concern.alerts.filter((a) => (knownIds ? !knownIds.has(a.id) : a.status === 'new'));
    if (fresh.length === 0) return [];
    return [{ concern, fresh, kind: fresh.length === concern.alerts.length ? ('new' as const) : ('grown' as const) }];
  });
}

export type HistoryEntry = {
  /** The lead (most severe) alert's id: the entry's heading is `varsel-<id>`, as the concern's was. */
  id: string;
  pupilId: string;
  status: AlertStatus;
  /** Most severe first, then newest. */
  alerts: Alert[];
  /** The contact that handled every alert of the entry, if any. */
  contactId: string | null;
  /** Every alert of the entry is retired: the current rules no longer compute it. */
  retired: boolean;
  /** An episode of the entry still holds (no end, not retired): a case may still be opened from it. */
  ongoing: boolean;
  /** The newest start among the alerts. */
  latestStart: string;
};

function bySeverityThenNewest(a: Alert, b: Alert): number {
  return severityRank(b.severity) - severityRank(a.severity) || b.startedOn.localeCompare(a.startedOn);
}

/** Splits alerts into runs whose days overlap ([start, end], an open end reaching every later day), as concerns do. */
function overlapping(alerts: readonly Alert[]): Alert[][] {
  const sorted = [...alerts].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  const runs: Alert[][] = [];
  let reach = '';
  for (const alert of sorted) {
    const end = alert.endedOn ?? '9999-12-31';
    const run = runs[runs.length - 1];
    if (run && alert.startedOn <= reach) {
      run.push(alert);
      if (end > reach) reach = end;
    } else {
      runs.push([alert]);
      reach = end;
    }
  }
  return runs;
}

/**
 * Alerts as history: the alerts one contact handled are one entry (one call home for three rules), as
 * are a pupil's alerts dismissed with one reason on overlapping days; every other alert is its own.
 * Newest first, then most severe, then by rule title.
 */
export function alertHistory(alerts: readonly Alert[]): HistoryEntry[] {
  const byKey = new Map<string, Alert[]>();
  for (const alert of alerts) {
    const key =
      alert.status === 'handled' && alert.handledContactId
        ? `kontakt|${alert.pupilId}|${alert.handledContactId}`
        : alert.status === 'dismissed' && alert.dismissReason
          ? `avvist|${alert.pupilId}|${alert.dismissReason}`
          : `varsel|${alert.id}`;
    const group = byKey.get(key);
    if (group) group.push(alert);
    else byKey.set(key, [alert]);
  }
  const groups = [...byKey.entries()].flatMap(([key, group]) =>
    key.startsWith('avvist|') ? overlapping(group) : [group],
  );
  const entries = groups.map((group): HistoryEntry => {
    const sorted = [...group].sort(bySeverityThenNewest);
    const lead = sorted[0]!;
    return {
      id: lead.id,
      pupilId: lead.pupilId,
      status: lead.status,
      alerts: sorted,
      contactId: lead.status === 'handled' ? lead.handledContactId : null,
      retired: sorted.every((a) => a.retiredAt !== null),
      ongoing: sorted.some((a) => a.endedOn === null && a.retiredAt === null),
      latestStart: sorted.reduce((latest, a) => (a.startedOn > latest ? a.startedOn : latest), ''),
    };
  });
  return entries.sort(
    (a, b) =>
      b.latestStart.localeCompare(a.latestStart) ||
      severityRank(b.alerts[0]!.severity) - severityRank(a.alerts[0]!.severity) ||
      a.alerts[0]!.ruleTitle.localeCompare(b.alerts[0]!.ruleTitle, 'nb'),
  );
}
