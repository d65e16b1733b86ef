import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contract from '../../src/contract/index';
import * as enums from '../../src/contract/enums';
import { LADDER_ROLES } from '../../src/domain/ladder/ladder-schema';
import { AUDIT_KINDS } from '../../src/server/audit';
import { ENTITY_LABEL, KIND_LABEL, ROLE_LABEL } from '../../src/server/use-cases/export-access-log';
import nb from '../../src/web/i18n/nb';

// No codes on screen (issue 17 item 2): every word the API sends or names that a person reads has its
// Norwegian label, in the web app's resources and in the server's own tables (the guardian's «Hvem har sett»
// and its PDF). A new enum value, audit entity, role or request field without a label fails here.

/** The string at a dotted path of the bokmål resources, or undefined. */
function label(path: string): unknown {
  let at: unknown = nb;
  for (const part of path.split('.')) at = (at as Record<string, unknown> | undefined)?.[part];
  return at;
}
const missing = (values: readonly string[], key: (v: string) => string) =>
  values.map(key).filter((k) => typeof label(k) !== 'string' || !(label(k) as string).trim());

// Every closed list in src/contract/enums.ts a person sees, and where its labels live.
const SHOWN: [string, readonly string[], (v: string) => string][] = [
  ['ABSENCE_KINDS', enums.ABSENCE_KINDS, (v) => `absence.kind_${v}`],
  ['ABSENCE_REASONS', enums.ABSENCE_REASONS, (v) => `absence.reason_${v}`],
  ['ABSENCE_SOURCES', enums.ABSENCE_SOURCES, (v) => `absence.source_${v}`],
  ['ROLES', enums.ROLES, (v) => `roles.${v}`],
  ['USER_KINDS', enums.USER_KINDS, (v) => `auditLog.accountKind.${v}`],
  ['CONTACT_PARTIES', enums.CONTACT_PARTIES, (v) => `contacts.party_${v}`],
  ['CONTACT_CHANNELS', enums.CONTACT_CHANNELS, (v) => `contacts.channel_${v}`],
  ['OBSERVATION_KINDS', enums.OBSERVATION_KINDS, (v) => `observations.kind_${v}`],
  ['ALERT_STATUSES', enums.ALERT_STATUSES, (v) => `alerts.status_${v}`],
  ['CASE_STATUSES', enums.CASE_STATUSES, (v) => `cases.status_${v}`],
  ['CASE_ORIGINS', enums.CASE_ORIGINS, (v) => `cases.openedFrom_${v}`],
  ['TIMELINE_KINDS', enums.TIMELINE_KINDS, (v) => `cases.timelineKind_${v}`],
  ['MEETING_KINDS', enums.MEETING_KINDS, (v) => `cases.kind_${v}`],
  ['REFERRAL_STATUSES', enums.REFERRAL_STATUSES, (v) => `cases.referralStatus_${v}`],
  ['REFERRAL_SERVICES', enums.REFERRAL_SERVICES, (v) => `cases.service_${v}`],
  ['ASSESSMENT_KINDS', enums.ASSESSMENT_KINDS, (v) => `cases.assessmentKind_${v}`],
  ['NOTICE_TARGETS', enums.NOTICE_TARGETS, (v) => `cases.notice_${v}`],
  ['OUTCOMES', enums.OUTCOMES, (v) => `cases.outcome_${v}`],
  ['CONSENT_DECISIONS', enums.CONSENT_DECISIONS, (v) => `consent.decision_${v}`],
  ['PLAN_STATUSES', enums.PLAN_STATUSES, (v) => `plans.status_${v}`],
  ['FORM_AUDIENCES', enums.FORM_AUDIENCES, (v) => `caseForms.audience_${v}`],
  ['AUDIT_KINDS', enums.AUDIT_KINDS, (v) => `auditLog.kind_${v}`],
  ['AUDIT_OUTCOMES', enums.AUDIT_OUTCOMES, (v) => `auditLog.outcome_${v}`],
  ['AUDIT_ENTITIES', enums.AUDIT_ENTITIES, (v) => `auditLog.entity.${v}`],
  ['PROFILE_ORIGINS', enums.PROFILE_ORIGINS, (v) => `settings.origin_${v}`],
  ['OIDC_PROVIDER_KINDS', enums.OIDC_PROVIDER_KINDS, (v) => `oidc.kinds.${v}`],
  ['EVENT_CHANGES', enums.EVENT_CHANGES, (v) => `pupil.change_${v}`],
  ['INBOX_KINDS', enums.INBOX_KINDS, (v) => `inbox.kind_${v}`],
  ['MAIL_MODES', enums.MAIL_MODES, (v) => `inbox.mode_${v}`],
  ['MAIL_STATES', enums.MAIL_STATES, (v) => `inbox.state_${v}`],
];

/** Every object key inside a schema, however deep (objects, arrays, unions, optionals, defaults). */
function keysOf(schema: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (!schema || depth > 20) return into;
  if (schema instanceof z.ZodObject) {
    for (const [key, inner] of Object.entries(schema.shape as Record<string, unknown>)) {
      into.add(key);
      keysOf(inner, into, depth + 1);
    }
    return into;
  }
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def ?? {};
  for (const key of ['innerType', 'element', 'in', 'out', 'left', 'right', 'valueType'])
    if (def[key]) keysOf(def[key], into, depth + 1);
  for (const list of [def.options, def.items])
    if (Array.isArray(list)) for (const o of list) keysOf(o, into, depth + 1);
  return into;
}

/** The entity names the server's source writes to the audit log (`entity: '…'`), in every file. */
function entitiesInServerSource(dir = 'src/server', found = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) entitiesInServerSource(path, found);
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      for (const m of readFileSync(path, 'utf8').matchAll(/\bentity: '([a-z_]+)'/g)) found.add(m[1]!);
  }
  return found;
}

describe('every code a person could read has a Norwegian label', () => {
  it.each(SHOWN)('%s in the web app', (_name, values, key) => {
    expect(missing(values, key)).toEqual([]);
  });

  it('each field a request names (the server names it in a refusal) in the web app', () => {
    const fields = new Set<string>();
    for (const [name, schema] of Object.entries(contract))
      if (/Body$/.test(name) && name !== 'errorBody') keysOf(schema, fields);
    expect(fields.size).toBeGreaterThan(50);
    expect(missing([...fields], (f) => `fields.${f}`)).toEqual([]);
  });

  it('each ladder role, as the checklist and participants show it', () => {
    expect(Object.entries(LADDER_ROLES).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('each audit action’s kind and each audit entity, on the server and in the web app', () => {
    const kinds = [...new Set(Object.values(AUDIT_KINDS))];
    expect(kinds.filter((k) => !KIND_LABEL[k])).toEqual([]);
    expect(missing(kinds, (k) => `auditLog.kind_${k}`)).toEqual([]);
    const written = [...entitiesInServerSource()];
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((e) => !(enums.AUDIT_ENTITIES as readonly string[]).includes(e))).toEqual([]);
    expect(enums.AUDIT_ENTITIES.filter((e) => !ENTITY_LABEL[e])).toEqual([]);
  });

  it('each role, as the guardian reads it', () => {
    expect(enums.ROLES.filter((r) => !ROLE_LABEL[r])).toEqual([]);
    expect(enums.USER_KINDS.filter((k) => k !== 'guardian' && !ROLE_LABEL[k])).toEqual([]);
  });
});
