import { describe, expect, it } from 'vitest';
import { PARTNER_SERVICE } from '../../src/server/actor';
import { PARTNER_SERVICE_OF_ROLE } from '../../src/web/consent';

// The web app keeps its own copy of a few server tables (it may not import the server, eslint.config.js);
// these tests, outside both layers, keep the copies equal.
describe('the service partner', () => {
  it('acts for the same service in the web app as the server says', () => {
    expect(PARTNER_SERVICE_OF_ROLE).toEqual(PARTNER_SERVICE);
  });
});
