// `naervaer kommune create`: a new, empty kommune (tenant) in a production installation (decision 080).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { AppError } from '../errors';
import { writeOperatorAudit } from '../installation/operator-audit';

export type CreateKommuneInput = { number: string; name: string };

/** Kommunenummer are four digits (SSB's register: 0301 Oslo, 3033 Ullensaker). */
export function checkKommuneInput(input: CreateKommuneInput): CreateKommuneInput {
  const number = input.number.trim();
  const name = input.name.trim();
  if (!/^\d{4}$/.test(number))
    throw new AppError('validation', `Kommunenummeret må være fire sifre (som 3033), ikke «${number}».`);
  if (name.length < 2 || name.length > 100)
    throw new AppError('validation', 'Kommunenavnet må være mellom 2 og 100 tegn.');
  return { number, name };
}

export async function createKommune(
  db: Db,
  input: CreateKommuneInput,
  now: Date,
): Promise<{ id: string; number: string; name: string }> {
  const { number, name } = checkKommuneInput(input);
  const existing = await db.owner
    .selectFrom('kommune')
    .select('name')
    .where('kommunenummer', '=', number)
    .executeTakeFirst();
  if (existing) throw new AppError('conflict', `Kommune ${number} finnes allerede (${existing.name}).`);
  const id = randomUUID();
  await db.withContext({ kommuneId: id }, async (tx) => {
    await tx.insertInto('kommune').values({ id, kommunenummer: number, name }).execute();
    await writeOperatorAudit(tx, { id, name }, now, {
      action: 'installation.kommune.create',
      entity: 'kommune',
      entityId: id,
      details: { kommunenummer: number },
    });
  });
  return { id, number, name };
}

/** The kommune with this number, for the other set-up commands. */
export async function kommuneByNumber(db: Db, number: string): Promise<{ id: string; name: string }> {
  const found = await db.owner
    .selectFrom('kommune')
    .select(['id', 'name'])
    .where('kommunenummer', '=', number.trim())
    .executeTakeFirst();
  if (!found)
    throw new AppError(
      'not_found',
      `Fant ingen kommune med nummer «${number.trim()}». Lag den først med «naervaer kommune create».`,
    );
  return found;
}
