// The ladder a case follows: the kommune's own with that id, else the shipped one.
import { parseLadder, type Ladder } from '../../domain/ladder/ladder-schema';
import type { Tx } from '../../db/create-db';
import { AppError } from '../errors';
import type { Content } from '../content/load-content';
import { ladderById } from './load-ladders';

export async function resolveLadder(tx: Tx, content: Content, id: string): Promise<Ladder> {
  const own = await tx.selectFrom('kommune_ladder').select('definition').where('ladder_id', '=', id).executeTakeFirst();
  if (!own) return ladderById(content, id);
  const parsed = parseLadder(own.definition, id);
  if (!parsed.ok)
    throw new AppError('internal', `Kommunens tiltakstrapp «${id}» er ugyldig: ${parsed.errors.join('; ')}`);
  return parsed.ladder;
}
