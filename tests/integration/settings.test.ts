// The school's skolerute and rule profile, and the municipality's own profiles.
import { expect, it } from 'vitest';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

describeDb('school settings and rule profiles', () => {
  const w = useWorld({ kommuner: ['set'], login: ['admin', 'rektor', 'eier', 'kontakt'] });

  it("shows the school's skolerute and profile to the leadership, not to teachers", async () => {
    const res = await w.as('rektor').get(`/api/schools/${w.k.schoolId}/settings`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      school: { ruleProfile: 'saltdal' },
      schoolYear: 2026,
      calendar: { firstDay: '2026-08-17', version: 1 },
    });
    expect(res.json().profiles.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['egen-set', 'saltdal', 'jevnaker']),
    );
    expect((await w.as('kontakt').get(`/api/schools/${w.k.schoolId}/settings`)).statusCode).toBe(403);
  });

  it('lets the administrator edit the skolerute with the version, and explains invalid ones', async () => {
    const current = (await w.as('admin').get(`/api/schools/${w.k.schoolId}/settings`)).json().calendar;
    const body = {
      schoolYear: 2026,
      firstDay: '2026-08-18',
      lastDay: current.lastDay,
      springStarts: current.springStarts,
      closed: [...current.closed, { from: '2026-11-27', to: '2026-11-27', name: 'Planleggingsdag' }],
    };
    expect((await w.as('admin').put(`/api/schools/${w.k.schoolId}/calendar`, { ...body, version: 1 })).json()).toEqual({
      version: 2,
    });
    expect((await w.as('admin').put(`/api/schools/${w.k.schoolId}/calendar`, { ...body, version: 1 })).statusCode).toBe(
      409,
    );
    const invalid = await w.as('admin').put(`/api/schools/${w.k.schoolId}/calendar`, {
      ...body,
      lastDay: '2026-08-01',
      version: 2,
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.message).toMatch(/lastDay: må komme etter firstDay/);
    expect(
      (await w.as('rektor').put(`/api/schools/${w.k.schoolId}/calendar`, { ...body, version: 2 })).statusCode,
    ).toBe(403);
    const typo = await w.as('admin').put(`/api/schools/${w.k.schoolId}/calendar`, {
      ...body,
      closed: [{ from: '2030-01-01', to: '2030-01-01', name: 'Feil år' }],
      version: 2,
    });
    expect(typo.json().error.message).toMatch(/«Feil år» \(01\.01\.2030–01\.01\.2030\) ligger utenfor skoleåret/);
    // The new planning day is closed for registration.
    const reg = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[0],
      date: '2026-11-27',
      kind: 'day',
      documented: false,
    });
    expect(reg.json().error.message).toMatch(/Planleggingsdag/);
  });

  it("lets the school owner save the kommune's own profile, validated like the shipped ones", async () => {
    // Hardanger's plan names no figure; the kommune adds one of its own, marked as its own choice.
    const copy = structuredClone(w.app.content.profiles.get('hardanger')) as {
      id: string;
      name: string;
      rules: object[];
    };
    copy.id = 'kommune-streng';
    copy.name = 'Strengere enn Hardanger';
    copy.rules.push({
      id: 'kommune-streng-fravaer',
      kind: 'events',
      basis: 'kommune',
      title: 'Fravær over 1 %',
      severity: 'medium',
      action: 'Samtale med elev og foresatte.',
      source: 'Kommunens eget valg',
      window: { type: 'semester' },
      conditions: [{ count: { kinds: ['day', 'lesson', 'left'] }, measure: 'share', comparator: '>', threshold: 1 }],
    });
    const saved = await w.as('eier').put('/api/rule-profiles/kommune-streng', { definition: copy });
    expect(saved.json()).toEqual({ id: 'kommune-streng', version: 1 });
    const bad = await w.as('eier').put('/api/rule-profiles/kommune-streng', {
      definition: { ...copy, rules: [{ ...copy.rules[0], severity: 'kritisk' }] },
      version: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.errors.join('\n')).toMatch(/severity/);
    expect((await w.as('eier').put('/api/rule-profiles/saltdal', { definition: copy })).statusCode).toBe(400);
    expect(
      (await w.as('admin').put('/api/rule-profiles/kommune-streng', { definition: copy, version: 1 })).statusCode,
    ).toBe(403);
  });

  it('lets the school follow the kommune profile, which then raises its alerts', async () => {
    // An open alert under the old profile (Saltdal: one undocumented lesson), dismissed by the switch below.
    const before = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[0],
      date: '2026-11-23',
      kind: 'lesson',
      period: 1,
      documented: false,
    });
    expect(before.json().alerts.map((a: { ruleId: string }) => a.ruleId)).toContain('saltdal-udokumentert-time');
    const settings = (await w.as('admin').get(`/api/schools/${w.k.schoolId}/settings`)).json();
    const chosen = await w.as('admin').put(`/api/schools/${w.k.schoolId}/rule-profile`, {
      ruleProfile: 'kommune-streng',
      version: settings.school.version,
    });
    expect(chosen.json()).toMatchObject({ ruleProfile: 'kommune-streng' });
    expect(
      (
        await w.as('admin').put(`/api/schools/${w.k.schoolId}/rule-profile`, {
          ruleProfile: 'finnes-ikke',
          version: chosen.json().version,
        })
      ).statusCode,
    ).toBe(400);
    const reg = await w.as('kontakt').post('/api/absence-events', {
      pupilId: w.k.pupilIds[2],
      date: '2026-11-24',
      kind: 'day',
      documented: true,
      reason: 'sykdom',
    });
    expect(reg.json().alerts.map((a: { profile: string; ruleId: string }) => `${a.profile}/${a.ruleId}`)).toEqual([
      'kommune-streng/kommune-streng-fravaer',
    ]);
    // The switch re-evaluated the school: episodes already over are history (dismissed), not a flood of new
    // alerts; the old profile's alerts are retired with the reason and keep their status (decision 026).
    const all = (await w.as('rektor').get('/api/alerts?status=all')).json().alerts as {
      profile: string;
      status: string;
      endedOn: string | null;
      retiredReason: string | null;
    }[];
    expect(all.filter((a) => a.profile === 'kommune-streng' && a.endedOn !== null && a.status !== 'dismissed')).toEqual(
      [],
    );
    const old = all.filter((a) => a.profile !== 'kommune-streng');
    expect(old.length).toBeGreaterThan(0);
    expect(old.filter((a) => a.retiredReason === null)).toEqual([]);
    expect(old.filter((a) => a.profile === 'saltdal').map((a) => a.retiredReason)).toEqual(
      old
        .filter((a) => a.profile === 'saltdal')
        .map(() => 'Skolen byttet regelsett fra «Saltdal kommune» til «Strengere enn Hardanger».'),
    );
    const open = (await w.as('rektor').get('/api/alerts')).json().alerts as { profile: string }[];
    expect(open.filter((a) => a.profile !== 'kommune-streng')).toEqual([]);
  });

  it('lets the administrator replace a class timetable, which changes the lessons of the day', async () => {
    const current = (await w.as('admin').get(`/api/classes/${w.k.classId}/timetable`)).json();
    expect(current.lessons).toHaveLength(29);
    const lessons = [1, 2, 3, 4, 5].flatMap((weekday) =>
      [1, 2, 3, 4, 5, 6, 7].map((period) => ({
        weekday,
        period,
        subject: period === 7 ? 'Valgfag' : 'Norsk',
        teacherId: null,
      })),
    );
    const saved = await w.as('admin').put(`/api/classes/${w.k.classId}/timetable`, {
      lessons,
      version: current.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(
      (await w.as('admin').put(`/api/classes/${w.k.classId}/timetable`, { lessons, version: current.version }))
        .statusCode,
    ).toBe(409);
    const gap = await w.as('admin').put(`/api/classes/${w.k.classId}/timetable`, {
      lessons: lessons.filter((l) => !(l.weekday === 1 && l.period === 2)),
      version: saved.json().version,
    });
    expect(gap.json().error.message).toMatch(/uten hull/);
    const register = (await w.as('kontakt').get(`/api/classes/${w.k.classId}/register?date=2026-11-26`)).json();
    expect(register.lessons.map((l: { subject: string }) => l.subject).at(-1)).toBe('Valgfag');
    expect(
      (await w.as('kontakt').put(`/api/classes/${w.k.classId}/timetable`, { lessons, version: 2 })).statusCode,
    ).toBe(403);
  });

  it("lets the school owner save the kommune's own tiltakstrapp and the school follow it for new cases", async () => {
    const ladders = (await w.as('eier').get('/api/ladders')).json().ladders as {
      id: string;
      definition: { id: string; name: string; levels: { tasks: { text: string; action?: unknown }[] }[] };
    }[];
    const copy = structuredClone(ladders.find((l) => l.id === 'jevnaker')!.definition);
    copy.id = 'kommune-trapp';
    copy.name = 'Kommunens tiltakstrapp';
    expect((await w.as('eier').put('/api/ladders/kommune-trapp', { definition: copy })).json()).toEqual({
      id: 'kommune-trapp',
      version: 1,
    });
    // A task that says to report to barnevernet must carry the guardrail's marker.
    const sneaky = structuredClone(copy);
    sneaky.levels[0]!.tasks.push({
      id: 'melding',
      text: 'Send bekymringsmelding til barneverntjenesten.',
      responsible: ['skoleledelse'],
    } as never);
    const refused = await w.as('eier').put('/api/ladders/kommune-trapp', { definition: sneaky, version: 1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.errors.join('\n')).toMatch(/child-welfare-report|barnevern/);
    const settings = (await w.as('admin').get(`/api/schools/${w.k.schoolId}/settings`)).json();
    expect(
      (
        await w.as('admin').put(`/api/schools/${w.k.schoolId}/ladder`, {
          ladder: 'kommune-trapp',
          version: settings.school.version,
        })
      ).statusCode,
    ).toBe(200);
    const opened = await w.as('kontakt').post('/api/cases', {
      pupilId: w.k.pupilIds[1],
      from: 'undring',
      reason: 'Trist i friminuttene',
    });
    const c = (await w.as('kontakt').get(`/api/cases/${opened.json().id}`)).json();
    expect(c.ladder).toEqual({ id: 'kommune-trapp', name: 'Kommunens tiltakstrapp' });
  });
});
