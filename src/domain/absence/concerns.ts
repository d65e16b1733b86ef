// One concern per pupil (issue 13 item 5): rules that fire on overlapping days for one pupil are one
// card with one next step and one action, not three to five cards for the same three days.

const SEVERITY_RANK: Record<string, number> = { low: 0, medium: 1, high: 2 };

/** Higher is more severe; an unknown severity counts as medium. */
export function severityRank(severity: string): number {
  return SEVERITY_RANK[severity] ?? 1;
}

export type ConcernMember = { pupilId: string; startedOn: string; endedOn: string | null; severity: string };

export type Concern<T extends ConcernMember> = {
  pupilId: string;
  /** Most severe first, then newest: the first one's next step is the concern's. */
  alerts: T[];
  /** The newest start among the alerts. */
  latestStart: string;
  /** The most severe alert's severity. */
  severity: string;
};

/**
 * Groups alerts into concerns: per pupil, alerts whose days overlap ([start, end], an open end being
 * today) — directly or through another alert — are one concern. Concerns come newest first, then most
 * severe; `tieBreak` orders the rest (e.g. by pupil name).
 */
export function groupConcerns<T extends ConcernMember>(
  alerts: readonly T[],
  today: string,
  tieBreak?: (a: T, b: T) => number,
): Concern<T>[] {
  const byPupil = new Map<string, T[]>();
  for (const a of alerts) byPupil.set(a.pupilId, [...(byPupil.get(a.pupilId) ?? []), a]);
  const concerns: Concern<T>[] = [];
  for (const [pupilId, own] of byPupil) {
    const sorted = [...own].sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
    let group: T[] = [];
    let reach = '';
    const flush = () => {
      if (group.length === 0) return;
      const members = group.sort(
        (a, b) =>
          severityRank(b.severity) - severityRank(a.severity) ||
          (a.startedOn < b.startedOn ? 1 : a.startedOn > b.startedOn ? -1 : 0),
      );
      concerns.push({
        pupilId,
        alerts: members,
        latestStart: members.reduce((m, a) => (a.startedOn > m ? a.startedOn : m), ''),
        severity: members[0]!.severity,
      });
      group = [];
    };
    for (const a of sorted) {
      const end = a.endedOn ?? today;
      if (group.length > 0 && a.startedOn > reach) flush();
      group.push(a);
      if (group.length === 1 || end > reach) reach = end;
    }
    flush();
  }
  return concerns.sort(
    (a, b) =>
      (a.latestStart < b.latestStart ? 1 : a.latestStart > b.latestStart ? -1 : 0) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      (tieBreak ? tieBreak(a.alerts[0]!, b.alerts[0]!) : 0),
  );
}
