import { describe, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import { parsePlan } from './plan-schema';
import { countFollowed, teachingNotes } from './teaching-measures';
import { dagsplan, samarbeidsavtale, tiltaksplan } from './testing';

const parsed = parseSchoolCalendar({
  schoolYear: '2026-2027',
  firstDay: '2026-08-17',
  lastDay: '2027-06-18',
  springStarts: '2027-01-01',
  closed: [{ from: '2026-09-28', to: '2026-10-02', name: 'Høstferie' }],
  lessonsPerWeekday: [6, 6, 6, 6, 5],
});
if (!parsed.ok) throw new Error(parsed.errors.join());
const calendar = compileCalendar(parsed.calendar);

const garderobe = {
  id: 'm2',
  description: 'Eget garderobe / rolig sted å skifte før kroppsøving',
  planB: 'Skifter hjemme',
  responsible: 'Faglærer i kroppsøving',
  attendanceReduction: null,
  homeSchooling: null,
};

describe('the notes the teachers see', () => {
  it('are the measures marked for teaching, in the teachers’ wording or the measure’s own', () => {
    const plan = tiltaksplan({
      measures: [
        ...tiltaksplan().measures,
        { ...garderobe, forTeaching: true },
        { ...garderobe, id: 'm3', forTeaching: true, teacherNote: '  Ikke be eleven lese høyt  ' },
        { ...garderobe, id: 'm4', forTeaching: false, teacherNote: 'Ikke vist' },
      ],
    });
    expect(teachingNotes(plan)).toEqual([
      { measureId: 'm2', note: 'Eget garderobe / rolig sted å skifte før kroppsøving' },
      { measureId: 'm3', note: 'Ikke be eleven lese høyt' },
    ]);
  });

  it('come from an agreement’s rows too, and never from a day plan', () => {
    const avtale = samarbeidsavtale();
    const row = { ...avtale.rows[0]!, forTeaching: true, teacherNote: '' };
    expect(teachingNotes({ ...avtale, rows: [row] })).toEqual([{ measureId: row.id, note: row.measure.trim() }]);
    expect(teachingNotes(dagsplan())).toEqual([]);
  });

  it('are part of the plan’s shape: a flag that is not yes or no is refused, naming the field', () => {
    const bad = { ...tiltaksplan(), measures: [{ ...garderobe, forTeaching: 'ja' }] };
    const r = parsePlan(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toBe('Tiltak 1 › Gjelder i undervisningen: må være ja eller nei');
  });
});

describe('counting the days a measure was followed', () => {
  it('counts each school day once, however many teachers confirmed', () => {
    // Mon 2 Nov to Fri 13 Nov: ten school days.
    const r = countFollowed(calendar, '2026-11-02', '2026-11-13', ['2026-11-03', '2026-11-03', '2026-11-05']);
    expect(r).toEqual({ days: 2, schoolDays: 10, since: '2026-11-02' });
  });

  it('leaves out weekends, holidays and days outside the period', () => {
    // 28 Sep – 2 Oct is høstferie; 26 Sep is a Saturday; 20 Oct is after today.
    const r = countFollowed(calendar, '2026-09-21', '2026-10-09', [
      '2026-09-21',
      '2026-09-26',
      '2026-09-29',
      '2026-09-20',
      '2026-10-20',
      'ikke en dato',
    ]);
    expect(r).toEqual({ days: 1, schoolDays: 10, since: '2026-09-21' });
  });

  it('is nothing before the measures start', () => {
    expect(countFollowed(calendar, '2026-11-10', '2026-11-09', ['2026-11-09'])).toEqual({
      days: 0,
      schoolDays: 0,
      since: '2026-11-10',
    });
  });
});
