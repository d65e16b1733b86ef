// The case page re-fetches only what an action changed (issue 17 item 10, decision 117):
// GET /api/cases/:caseId/parts?include=… answers the named parts' fields with the case's id, version, pupil
// and readOnly, the same values as the whole case; an unknown part is refused; the read is audited with its parts.
import { expect, it } from 'vitest';
import { CASE_PART_FIELDS } from '../../src/contract/case-parts';
import { describeDb } from '../support/db';
import { openCase } from '../support/make';
import { useWorld } from '../support/world';

describeDb('the parts of a case', () => {
  const w = useWorld({ kommuner: ['del'], login: ['kontakt'] });

  it('answers only the parts asked for, equal to the same fields of the whole case', async () => {
    const caseId = await openCase(w.as('kontakt'), w.k.pupilIds[0]!, 'Borte mandager');
    const planned = await w.as('kontakt').post(`/api/cases/${caseId}/meetings`, {
      kind: 'undringssamtale-elev',
      scheduledOn: '2026-11-24',
      scheduledTime: '10:00',
      participants: ['Kontaktlærer'],
      agenda: 'Hvordan har du det?',
    });
    expect(planned.statusCode).toBe(201);
    const res = await w.as('kontakt').get(`/api/cases/${caseId}/parts?include=meetings,timeline`);
    expect(res.statusCode, res.body).toBe(200);
    const parts = res.json();
    expect(Object.keys(parts).sort()).toEqual(
      [
        'id',
        'version',
        'pupil',
        'readOnly',
        'municipalContent',
        'documentLanguages',
        ...CASE_PART_FIELDS.meetings,
        ...CASE_PART_FIELDS.timeline,
      ].sort(),
    );
    const whole = (await w.as('kontakt').get(`/api/cases/${caseId}`)).json();
    for (const key of Object.keys(parts)) expect(parts[key], key).toEqual(whole[key]);
    expect(parts.meetings[0]).toMatchObject({ scheduledTime: '10:00' });

    // Every part together is the whole case.
    const all = (
      await w.as('kontakt').get(`/api/cases/${caseId}/parts?include=${Object.keys(CASE_PART_FIELDS).join(',')}`)
    ).json();
    expect(all).toEqual((await w.as('kontakt').get(`/api/cases/${caseId}`)).json());
  });

  it('refuses an unknown part, and audits the read with the parts', async () => {
    const caseId = await openCase(w.as('kontakt'), w.k.pupilIds[1]!, 'Sen om morgenen');
    expect((await w.as('kontakt').get(`/api/cases/${caseId}/parts?include=hemmelig`)).statusCode).toBe(400);
    expect((await w.as('kontakt').get(`/api/cases/${caseId}/parts`)).statusCode).toBe(400);
    expect((await w.as('kontakt').get(`/api/cases/${caseId}/parts?include=forms`)).statusCode).toBe(200);
    const audit = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'case.read')
        .where('entity_id', '=', caseId)
        .execute(),
    );
    expect(audit.map((a) => (a.details as { parts?: string[] }).parts).filter(Boolean)).toEqual([['forms']]);
  });
});
