// Diploma figures for lower secondary (000 §7, forskrift til opplæringsloven): absence in days and
// lessons over the school year; on request, up to 10 days of documented health-related absence or
// granted leave (permisjon) may be left off.

export type DiplomaEvent = {
  date: string;
  kind: 'day' | 'lesson' | 'late' | 'left';
  documented: boolean;
  reason: string | null;
};

export type DiplomaFigures = {
  absentDays: number;
  absentLessons: number;
  /** Whole days that may be left off on request, oldest first, at most `maxLeaveOff`. */
  leaveOffCandidates: { date: string; reason: string }[];
  maxLeaveOff: number;
  /** Days after leaving off every candidate. */
  daysIfLeftOff: number;
};

export const MAX_LEAVE_OFF_DAYS = 10;

/** Counts whole days and single lessons; late arrivals are not absence on the diploma. */
export function diplomaFigures(events: readonly DiplomaEvent[]): DiplomaFigures {
  const days = new Map<string, DiplomaEvent>();
  let lessons = 0;
  for (const e of events) {
    if (e.kind === 'day') days.set(e.date, e);
    else if (e.kind === 'lesson' || e.kind === 'left') lessons++;
  }
  const eligible = [...days.values()]
    .filter((e) => e.documented && (e.reason === 'helse' || e.reason === 'sykdom' || e.reason === 'permisjon'))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .slice(0, MAX_LEAVE_OFF_DAYS)
    .map((e) => ({ date: e.date, reason: e.reason! }));
  return {
    absentDays: days.size,
    absentLessons: lessons,
    leaveOffCandidates: eligible,
    maxLeaveOff: MAX_LEAVE_OFF_DAYS,
    daysIfLeftOff: days.size - eligible.length,
  };
}
