// Where the browser journeys find Debian's Chromium, apart from the harness so the global setup can ask without
// loading it.
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser journeys cannot run here, or null when they can. REQUIRE_E2E=1 turns a reason into a failure. */
export function e2eUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} finnes ikke (apt-get install -y chromium)`;
  return null;
}
