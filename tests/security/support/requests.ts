// One well-formed request per API operation: the fixture's (on the actor's own data) when there is one,
// otherwise one made up from the OpenAPI schema (random ids, required fields only) sent as the school
// administrator. Good enough to get past validation, which runs before the CSRF and policy checks.
import { FIXTURES } from '../fixtures';
import { exampleOf, fillPath, type Operation } from './openapi';
import type { ActorName, World } from './world';

export type BuiltRequest = {
  actor: ActorName;
  method: string;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  fromFixture: boolean;
};

export function requestFor(op: Operation, world: World): BuiltRequest {
  const fixture = FIXTURES[op.key];
  if (fixture)
    return { actor: fixture.actor, method: op.method, ...fixture.request(world.bundles.own), fromFixture: true };
  const query = op.parameters
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p.schema)))}`);
  const url = fillPath(op) + (query.length ? `?${query.join('&')}` : '');
  const payload = op.body ? exampleOf(op.body) : op.method === 'GET' || op.method === 'DELETE' ? undefined : {};
  return { actor: 'admin', method: op.method, url, payload, fromFixture: false };
}
