import type { Db } from '../../db/create-db';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Actor } from '../actor';
import type { FastifyRequest } from 'fastify';

/** `wallClock` is real time, for what must pass in real time (the per-address login limit) even when NAERVAER_NOW stops `clock`. */
export type RouteDeps = { config: Config; db: Db; clock: Clock; wallClock: Clock };

/** The actor of an authenticated route; the preHandler has already refused anonymous requests. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('actorOf called on a public route');
  return request.actor;
}
