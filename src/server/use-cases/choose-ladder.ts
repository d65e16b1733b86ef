import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { resolveLadder } from '../ladder/resolve-ladder';
import type { Content } from '../content/load-content';

export async function chooseLadder(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  input: { ladder: string; version: number },
  now: Date,
) {
  if (!actor.roles.some((r) => r.role === 'administrator' && r.schoolId === schoolId))
    throw new AppError('forbidden', 'Bare skolens administrator kan velge tiltakstrapp.');
  return db.withContext(contextOf(actor), async (tx) => {
    await resolveLadder(tx, content, input.ladder);
    const version = await updateVersioned(tx, 'school', schoolId, input.version, { ladder: input.ladder });
    await writeAudit(tx, actor, now, [
      {
        action: 'school.ladder.choose',
        entity: 'school',
        entityId: schoolId,
        details: { schoolId, ladder: input.ladder },
      },
    ]);
    // Open cases keep the ladder they were opened on; new cases follow the new choice.
    return { ladder: input.ladder, version };
  });
}
