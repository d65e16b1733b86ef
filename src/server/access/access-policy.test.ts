// The hand-written policy table in docs/access-policy.md and its mirror in code must say the same,
// row for row; and the code's rows must agree with the action table the server enforces.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowed } from '../policies';
import type { Actor } from '../actor';
import type { Role } from '../../db/schema';
import { ACCESS_ACTIONS, ACCESS_POLICY, expandedPolicy, type PolicyRow } from './access-policy';

const ROLE_LABEL: Record<string, PolicyRow['role']> = {
  kontaktlærer: 'kontaktlaerer',
  faglærer: 'faglaerer',
  skoleledelse: 'skoleledelse',
  ressursteam: 'ressursteam',
  administrator: 'administrator',
  skoleeier: 'skoleeier',
  avdelingsdirektør: 'avdelingsdirektor',
  helsesykepleier: 'helsesykepleier',
  PPT: 'ppt',
  barnevern: 'barnevern',
  BUP: 'bup',
  kommunepsykolog: 'kommunepsykolog',
  foresatt: 'foresatt',
};

function parseDocTable(markdown: string): PolicyRow[] {
  const lines = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
  const [header, ...body] = lines.map((l) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim()),
  );
  expect(header!.slice(3)).toEqual([...ACCESS_ACTIONS]);
  return body.map((cells, i) => {
    const role = ROLE_LABEL[cells[0]!];
    if (!role) throw new Error(`docs/access-policy.md, rad ${i + 1}: ukjent rolle «${cells[0]}»`);
    return {
      role,
      relation: cells[1] as PolicyRow['relation'],
      consent: cells[2] as PolicyRow['consent'],
      allow: Object.fromEntries(ACCESS_ACTIONS.map((a, j) => [a, cells[3 + j] === 'ja'])) as PolicyRow['allow'],
    };
  });
}

describe('the access policy table', () => {
  it('in code is the table in docs/access-policy.md, row for row', () => {
    const doc = parseDocTable(readFileSync(new URL('../../../docs/access-policy.md', import.meta.url), 'utf8'));
    expect(ACCESS_POLICY).toEqual(doc);
  });

  it('never allows an action the role lacks in the server’s action table', () => {
    const routeAction: Record<string, string> = {
      'sak.les': 'cases.read',
      'sak.liste': 'cases.read',
      'sak.notat': 'cases.note',
      'sak.oppgave': 'cases.write',
      'samtykke.registrer': 'consent.write',
      'fravær.les': 'absence.read',
      'elevmappe.les': 'cases.read',
      'skolemiljø.les': 'school-environment.read',
      'arkivuttrekk.lag': 'archive.extract.create',
    };
    for (const r of expandedPolicy().filter((x) => x.allowed)) {
      const actor: Actor = {
        userId: 'u',
        kommuneId: 'k',
        username: 'u',
        displayName: 'u',
        kind: r.role === 'foresatt' ? 'guardian' : 'staff',
        roles:
          r.role === 'foresatt'
            ? []
            : [{ role: r.role as Role, schoolId: null, classId: null, serviceUnitId: null, subject: null }],
        sessionId: 's',
        csrfToken: 'c',
      };
      expect(isAllowed(routeAction[r.action]!, actor), `${r.role} ${r.action}`).toBe(true);
    }
  });

  it('expands to every consent state for the school’s own staff', () => {
    expect(expandedPolicy().length).toBe(
      ACCESS_POLICY.reduce((n, r) => n + (r.consent === 'alle' ? 7 : 1) * ACCESS_ACTIONS.length, 0),
    );
  });
});
