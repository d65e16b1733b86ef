// From a pupil's events and observations to the episodes an alert list shows: every episode of every
// event rule of the profile up to today (replayed school day by school day), explained as of its last
// day, plus the observation rules that a staff observation has triggered.
import type { CompiledCalendar } from '../calendar/calendar';
import { parseIsoDate } from '../calendar/dates';
import { compileProfile, evaluateRule, type CompiledProfile } from '../rules/engine';
import { Replayer } from '../rules/episodes';
import { buildEventStore, type AbsenceEvent } from '../rules/event-store';
import { isKommuneRule, type AbsenceKind, type Profile } from '../rules/profile-schema';
import { explainFacts, factsOf, type AlertFacts } from '../rules/explain';

/** One registration an alert counted (the alert row keeps these; the API answers them as `countedEvents`). */
export type AlertEvidence = { date: string; kind: AbsenceKind; subject: string | null; period: number | null };

export type AlertEpisode = {
  ruleId: string;
  startedOn: string;
  /** Last day the rule held; null while it still holds today. */
  endedOn: string | null;
  title: string;
  severity: string;
  explanation: string;
  action: string;
  source: string;
  evidence: AlertEvidence[];
  /** What the explanation is made of, so a reader gets it in their own language (absent in alerts made before). */
  facts?: AlertFacts;
  /**
   * «kommune» when the rule is the municipality's own choice, not its source document's (a figure the
   * source does not give): the screen says «Kommunens eget valg – ikke fra kildedokumentet». Absent
   * for rules from the source.
   */
  basis?: 'kommune';
};

/** A staff observation: `kind` one of the contract's OBSERVATION_KINDS. */
export type Observation = { ruleId: string | null; observedOn: string; kind: string };

// Compiling a profile for a calendar (window starts and share tables per school day) costs more than
// replaying one pupil: a batch re-evaluates thousands of pupils with the same two objects, so keep it.
const compiledProfiles = new WeakMap<Profile, WeakMap<CompiledCalendar, CompiledProfile>>();

function compiledFor(profile: Profile, calendar: CompiledCalendar): CompiledProfile {
  let byCalendar = compiledProfiles.get(profile);
  if (!byCalendar) compiledProfiles.set(profile, (byCalendar = new WeakMap()));
  let compiled = byCalendar.get(calendar);
  if (!compiled) byCalendar.set(calendar, (compiled = compileProfile(profile, calendar)));
  return compiled;
}

/**
 * Whether `alertEpisodes(profile, calendar, events, [], today)` has an episode overlapping [from, today] (started
 * on or before today, not ended before `from`), without building the others' explanations and evidence: the
 * what-if's question (decision 163), answered at the first such episode.
 */
export function hasEpisodeOverlapping(
  profile: Profile,
  calendar: CompiledCalendar,
  events: readonly AbsenceEvent[],
  from: string,
  today: string,
): boolean {
  const todayDay = parseIsoDate(today);
  if (todayDay === null) throw new Error(`Ugyldig dato «${today}»`);
  const last = calendar.lastIndexOnOrBefore(todayDay);
  const past = events.filter((e) => e.date <= today);
  if (last < 0 || past.length === 0) return false;
  const compiled = compiledFor(profile, calendar);
  const store = buildEventStore(past, calendar, [past[0]!.studentId]);
  for (const ep of new Replayer(compiled).episodes(store, 0, 0, last)) {
    if (ep.start > today || (ep.stopsOn && ep.end < from)) continue;
    const rule = compiled.rules.find((r) => r.rule.id === ep.ruleId)!;
    if (evaluateRule(rule, calendar, store, 0, ep.stopsOn ? parseIsoDate(ep.end)! : calendar.days[last]!)) return true;
  }
  return false;
}

/** Alert episodes of one pupil as of `today` (YYYY-MM-DD); events must be the pupil's, any order. */
export function alertEpisodes(
  profile: Profile,
  calendar: CompiledCalendar,
  events: readonly AbsenceEvent[],
  observations: readonly Observation[],
  today: string,
): AlertEpisode[] {
  const todayDay = parseIsoDate(today);
  if (todayDay === null) throw new Error(`Ugyldig dato «${today}»`);
  const found: AlertEpisode[] = [];
  const last = calendar.lastIndexOnOrBefore(todayDay);
  const past = events.filter((e) => e.date <= today);
  if (last >= 0 && past.length > 0) {
    const compiled = compiledFor(profile, calendar);
    const studentId = past[0]!.studentId;
    const store = buildEventStore(past, calendar, [studentId]);
    for (const ep of new Replayer(compiled).episodes(store, 0, 0, last)) {
      const rule = compiled.rules.find((r) => r.rule.id === ep.ruleId)!;
      const alert = evaluateRule(rule, calendar, store, 0, ep.stopsOn ? parseIsoDate(ep.end)! : calendar.days[last]!);
      if (!alert) continue;
      const evidence = new Set(alert.evidence);
      found.push({
        ruleId: ep.ruleId,
        startedOn: ep.start,
        endedOn: ep.stopsOn ? ep.end : null,
        title: alert.title,
        severity: alert.severity,
        explanation: alert.explanation,
        action: alert.action,
        source: alert.source,
        evidence: past
          .filter((e) => evidence.has(e.date))
          .map((e) => ({ date: e.date, kind: e.kind, subject: e.subject ?? null, period: e.period ?? null })),
        facts: factsOf(rule.rule, alert),
        ...(isKommuneRule(rule.rule) ? { basis: 'kommune' as const } : {}),
      });
    }
  }
  // Observation rules fire from a staff observation linked to them, never from events.
  for (const o of observations) {
    const rule = profile.rules.find((r) => r.kind === 'observation' && r.id === o.ruleId);
    if (!rule || o.observedOn > today) continue;
    const facts: AlertFacts = { kind: 'observation', observedOn: o.observedOn, observation: o.kind };
    found.push({
      ruleId: rule.id,
      startedOn: o.observedOn,
      endedOn: null,
      title: rule.title,
      severity: rule.severity,
      explanation: explainFacts(rule.title, facts, 'nb'),
      action: rule.action,
      source: rule.source,
      evidence: [],
      facts,
      ...(isKommuneRule(rule) ? { basis: 'kommune' as const } : {}),
    });
  }
  return found;
}
