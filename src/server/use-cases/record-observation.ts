// Staff record what absence data cannot show; an observation linked to an observation rule of the
// school's profile makes that rule fire (e.g. Jevnaker's serious single episode, 004 §2).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import type { ObservationKind } from '../../db/schema';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentObservation, userNames } from '../presenters/absence';
import { openAlerts } from '../absence/events';
import { reevaluatePupil } from '../absence/evaluate-pupil';
import { pupilForStaff } from '../absence/place';
import { resolveProfile } from '../absence/profiles';
import type { Content } from '../content/load-content';
import { alertReaderFor } from '../absence/alert-texts';
import { startMatter } from '../school-environment/matters';

export async function recordObservation(
  db: Db,
  content: Content,
  actor: Actor,
  pupilId: string,
  input: {
    kind: ObservationKind;
    observedOn: string;
    description: string;
    ruleId?: string | null | undefined;
    schoolEnvironment?: boolean | undefined;
    adultInvolved?: boolean | undefined;
  },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, pupilId);
    if (input.observedOn > osloDate(now))
      throw new AppError('validation', 'Observasjonen kan ikke være datert fram i tid.', {
        fields: [{ field: 'observedOn', message: 'Fram i tid' }],
      });
    if (input.ruleId) {
      const rule = (await resolveProfile(tx, content, place.profileId)).rules.find((r) => r.id === input.ruleId);
      if (!rule || rule.kind !== 'observation')
        throw new AppError('validation', `«${input.ruleId}» er ikke en observasjonsregel i skolens regelprofil.`, {
          fields: [{ field: 'ruleId', message: 'Ukjent observasjonsregel' }],
        });
    }
    const row = await tx
      .insertInto('observation')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        pupil_id: pupilId,
        kind: input.kind,
        rule_id: input.ruleId ?? null,
        observed_on: input.observedOn,
        description: input.description.trim(),
        recorded_by: actor.userId,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, now, [
      {
        action: 'observation.create',
        pupilId,
        entity: 'observation',
        entityId: row.id,
        details: { observationId: row.id },
      },
    ]);
    // Bullying, violence, harassment or an adult's conduct starts the aktivitetsplikt (decision 187).
    const matter =
      input.schoolEnvironment || input.adultInvolved
        ? await startMatter(
            tx,
            actor,
            place,
            {
              knownOn: row.observed_on,
              report: row.description,
              adultInvolved: input.adultInvolved ?? false,
              startedFrom: 'observation',
              observationId: row.id,
            },
            now,
          )
        : null;
    await reevaluatePupil(tx, content, actor.kommuneId, place, osloDate(now), now);
    return {
      schoolEnvironmentMatterId: matter?.id ?? null,
      observation: presentObservation(row, await userNames(tx, [actor.userId], actor)),
      ...(await openAlerts(tx, place, osloDate(now), await alertReaderFor(tx, content, actor))),
    };
  });
}
