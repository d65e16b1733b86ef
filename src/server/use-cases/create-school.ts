// `naervaer school create`: a school in a kommune, so that its leaders and administrator can be given
// accounts before the roster is imported (decision 080).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { AppError } from '../errors';
import { writeOperatorAudit } from '../installation/operator-audit';
import { kommuneByNumber } from './create-kommune';

export type CreateSchoolInput = {
  kommune: string;
  name: string;
  firstTrinn: number;
  lastTrinn: number;
  organisasjonsnummer?: string | undefined;
};

export async function createSchool(db: Db, input: CreateSchoolInput, now: Date): Promise<{ id: string; name: string }> {
  const kommune = await kommuneByNumber(db, input.kommune);
  const name = input.name.trim();
  if (name.length < 2 || name.length > 200)
    throw new AppError('validation', 'Skolenavnet må være mellom 2 og 200 tegn.');
  const { firstTrinn, lastTrinn } = input;
  if (
    !Number.isInteger(firstTrinn) ||
    !Number.isInteger(lastTrinn) ||
    firstTrinn < 1 ||
    lastTrinn > 10 ||
    firstTrinn > lastTrinn
  ) {
    throw new AppError('validation', 'Trinnene må være fra 1 til 10, som «1-7», «8-10» eller «1-10».');
  }
  const orgnr = input.organisasjonsnummer?.replace(/\s/g, '');
  if (orgnr !== undefined && !/^\d{9}$/.test(orgnr))
    throw new AppError('validation', `Organisasjonsnummeret må være ni sifre, ikke «${input.organisasjonsnummer}».`);
  const id = randomUUID();
  await db.withContext({ kommuneId: kommune.id }, async (tx) => {
    const same = await tx.selectFrom('school').select('id').where('name', '=', name).executeTakeFirst();
    if (same) throw new AppError('conflict', `${kommune.name} har allerede en skole som heter «${name}».`);
    await tx
      .insertInto('school')
      .values({
        id,
        kommune_id: kommune.id,
        name,
        organisasjonsnummer: orgnr ?? null,
        first_trinn: firstTrinn,
        last_trinn: lastTrinn,
        rule_profile: null,
      })
      .execute();
    await writeOperatorAudit(tx, kommune, now, {
      action: 'installation.school.create',
      entity: 'school',
      entityId: id,
      details: { name },
    });
  });
  return { id, name };
}
