// The access model as a table: role × relation to the pupil × consent state × action → allowed or not.
// The specification is docs/access-policy.md, written by hand; this file mirrors it row for row (a unit
// test fails when the two differ) and tests/integration/access-policy.test.ts runs every row, expanded
// over the consent states it names, through the HTTP API on a real database.
//
// What enforces it in the server: the policy table of actions (src/server/policies.ts) for the role,
// the scope of classes and schools (src/server/use-cases/list-my-classes.ts) for the relation, and for
// service partners the consent (src/server/cases/case-place.ts) with row-level security underneath
// (migration 0011).
import type { Role } from '../../db/schema';

export const ACCESS_ACTIONS = [
  'sak.les',
  'sak.liste',
  'sak.notat',
  'sak.oppgave',
  'samtykke.registrer',
  'fravær.les',
  'elevmappe.les',
  'skolemiljø.les',
  'arkivuttrekk.lag',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const RELATIONS = [
  'egen klasse',
  'underviser klassen',
  'egen skole',
  'annen skole',
  'kommunen',
  'samarbeidspartner',
  'eget barn',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const CONSENT_STATES = [
  'ingen',
  'gyldig for tjenesten',
  'gyldig for en annen tjeneste',
  'personen holdt utenfor',
  'trukket',
  'nei til samtykke',
  'saken avsluttet',
] as const;
export type ConsentStateName = (typeof CONSENT_STATES)[number];

export type PolicyRole = Role | 'foresatt';
export type PolicyRow = {
  role: PolicyRole;
  relation: Relation;
  consent: ConsentStateName | 'alle';
  allow: Record<AccessAction, boolean>;
};

const row = (role: PolicyRole, relation: Relation, consent: ConsentStateName | 'alle', allowed: string): PolicyRow => {
  const flags = allowed.split(' ');
  if (flags.length !== ACCESS_ACTIONS.length || flags.some((f) => f !== 'ja' && f !== 'nei'))
    throw new Error(`Ugyldig rad for ${role}/${relation}/${consent}: «${allowed}»`);
  return {
    role,
    relation,
    consent,
    allow: Object.fromEntries(ACCESS_ACTIONS.map((a, i) => [a, flags[i] === 'ja'])) as Record<AccessAction, boolean>,
  };
};

const ALL = 'ja ja ja ja ja ja ja ja ja';
/** Everything but the archive extract, which is the leadership's and the administrator's (decision 223). */
const ALL_BUT_ARCHIVE = 'ja ja ja ja ja ja ja ja nei';
const NONE = 'nei nei nei nei nei nei nei nei nei';
/** A partner with a valid consent: reads the case and writes in its log, and nothing more. */
const PARTNER_READS = 'ja ja ja nei nei nei nei nei nei';

export const ACCESS_POLICY: PolicyRow[] = [
  row('kontaktlaerer', 'egen klasse', 'alle', ALL_BUT_ARCHIVE),
  row('kontaktlaerer', 'annen skole', 'alle', NONE),
  row('faglaerer', 'underviser klassen', 'alle', 'nei nei nei nei nei ja nei nei nei'),
  row('faglaerer', 'annen skole', 'alle', NONE),
  row('skoleledelse', 'egen skole', 'alle', ALL),
  row('skoleledelse', 'annen skole', 'alle', NONE),
  row('ressursteam', 'egen skole', 'alle', ALL_BUT_ARCHIVE),
  row('ressursteam', 'annen skole', 'alle', NONE),
  row('administrator', 'egen skole', 'alle', ALL),
  row('administrator', 'annen skole', 'alle', NONE),
  row('skoleeier', 'kommunen', 'alle', NONE),
  // The avdelingsdirektør reads the written notices sent to the role, in the inbox, and opens no case (decision 123).
  row('avdelingsdirektor', 'kommunen', 'alle', NONE),
  ...(['helsesykepleier', 'ppt'] as const).flatMap((role) => [
    row(role, 'samarbeidspartner', 'ingen', NONE),
    row(role, 'samarbeidspartner', 'gyldig for tjenesten', PARTNER_READS),
    row(role, 'samarbeidspartner', 'gyldig for en annen tjeneste', NONE),
    row(role, 'samarbeidspartner', 'personen holdt utenfor', NONE),
    row(role, 'samarbeidspartner', 'trukket', NONE),
    row(role, 'samarbeidspartner', 'nei til samtykke', NONE),
    row(role, 'samarbeidspartner', 'saken avsluttet', NONE),
  ]),
  row('foresatt', 'eget barn', 'alle', NONE),
];

/** Every row with 'alle' expanded into each consent state: the combinations the tests run. */
export function expandedPolicy(): (Omit<PolicyRow, 'consent' | 'allow'> & {
  consent: ConsentStateName;
  action: AccessAction;
  allowed: boolean;
})[] {
  return ACCESS_POLICY.flatMap((r) =>
    (r.consent === 'alle' ? CONSENT_STATES : [r.consent]).flatMap((consent) =>
      ACCESS_ACTIONS.map((action) => ({
        role: r.role,
        relation: r.relation,
        consent,
        action,
        allowed: r.allow[action],
      })),
    ),
  );
}
