// A step of a school environment matter, with its day (decision 187): the school owner told (§ 12-5, when
// not done by the start), investigated with what was found, evaluated with how it went, closed with why. A closed
// matter's file goes to the archive as a Noark 5 extract of its own, made at once, as a closed case's does
// (decisions 223 and 234).
import type { Db } from '../../db/create-db';
import type { MATTER_RECORDED_STEPS } from '../../contract/school-environment';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';
import { makeArchiveExtract } from '../archive/make-extract';
import type { Content } from '../content/load-content';
import { matterForEditor } from '../school-environment/matters';
import { getSchoolEnvironmentMatter } from './get-school-environment-matter';

type Step = (typeof MATTER_RECORDED_STEPS)[number];

const TEXT_NEEDED: Partial<Record<Step, string>> = {
  investigated: 'Skriv hva undersøkelsen fant',
  evaluated: 'Skriv hvordan tiltakene har virket',
  closed: 'Skriv hvorfor saken avsluttes',
};

export async function recordSchoolEnvironmentStep(
  db: Db,
  content: Content,
  actor: Actor,
  matterId: string,
  input: { version: number; step: Step; on: string; text: string },
  now: Date,
) {
  const text = input.text.trim();
  const needed = TEXT_NEEDED[input.step];
  if (needed && !text) throw new AppError('validation', needed, { fields: [{ field: 'text', message: needed }] });
  if (input.on > osloDate(now))
    throw new AppError('validation', 'Datoen kan ikke være fram i tid.', {
      fields: [{ field: 'on', message: 'Fram i tid' }],
    });
  await db.withContext(contextOf(actor), async (tx) => {
    const { row } = await matterForEditor(tx, actor, matterId);
    if (row.status === 'closed') throw new AppError('validation', 'Saken er allerede avsluttet.');
    if (input.on < row.known_on)
      throw new AppError('validation', 'Datoen kan ikke være før noen fikk vite om saken.', {
        fields: [{ field: 'on', message: 'Før saken startet' }],
      });
    if (input.step === 'evaluated' && !row.plan_made_on)
      throw new AppError('validation', 'Lag aktivitetsplanen før tiltakene evalueres.');
    const values: Record<string, unknown> =
      input.step === 'owner-notified'
        ? { owner_notified_at: new Date(`${input.on}T12:00:00Z`) }
        : input.step === 'investigated'
          ? { investigated_on: input.on, findings: text }
          : input.step === 'evaluated'
            ? { evaluated_on: input.on, evaluation: text }
            : { status: 'closed', closed_on: input.on, closing: text };
    const version = await updateVersioned(tx, 'school_environment_case', row.id, input.version, {
      ...values,
      updated_by: actor.userId,
      updated_at: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'school-environment.step',
        pupilId: row.pupil_id,
        entity: 'school_environment_case',
        entityId: row.id,
        caseId: row.case_id,
        details: { matterId: row.id, step: input.step, on: input.on, version },
      },
    ]);
    // The matter's period runs from its report (or from the closing day, when that was entered as earlier).
    const reported = osloDate(new Date(row.reported_at));
    if (input.step === 'closed')
      await makeArchiveExtract(
        tx,
        content,
        actor,
        {
          scope: 'matter',
          reason: 'closed',
          schoolId: row.school_id,
          caseIds: [],
          matterIds: [row.id],
          period: { from: reported < input.on ? reported : input.on, to: input.on },
        },
        now,
      );
  });
  return getSchoolEnvironmentMatter(db, actor, matterId, now);
}
