import type { Db } from '../../db/create-db';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Actor } from '../actor';
import type { Content } from '../content/load-content';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * `wallClock` is real time, for what must pass in real time (the per-address login limit) even when NAERVAER_NOW
 * stops `clock`. `content` is the municipal content loaded at start, which the routes hand to the use-cases.
 */
export type RouteDeps = { config: Config; db: Db; clock: Clock; wallClock: Clock; content: Content };

/** The actor of an authenticated route; the preHandler has already refused anonymous requests. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('actorOf called on a public route');
  return request.actor;
}

/** Answers with a PDF as a download under `fileName` (ASCII: the PDF module makes it so, decision 071). */
export function sendPdf(reply: FastifyReply, bytes: Uint8Array, fileName: string) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(Buffer.from(bytes));
}
