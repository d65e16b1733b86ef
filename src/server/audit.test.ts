// Every audit action names its kind of access: the actions written by the use-cases (read from the
// source, so a new writeAudit call with an unmapped name fails here as well as in the type checker) and
// every policy action, which refusals name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_KINDS, auditKind, deniedKind } from './audit';
import { policies } from './policies';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The action names in every `writeAudit(...)` call of the server, as written in the source. */
function writtenActions(): { file: string; action: string }[] {
  const found: { file: string; action: string }[] = [];
  for (const file of sourceFiles('src/server')) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.split('writeAudit(').slice(1)) {
      // The call's arguments: up to the end of its statement (a formatted call spans lines).
      const end = call.indexOf(');');
      const head = call.slice(0, end === -1 ? undefined : end).replace(/\s+/g, ' ');
      for (const m of head.matchAll(/action: (?:[^,]*?\? )?'([^']+)'(?: : '([^']+)')?/g)) {
        found.push({ file, action: m[1]! });
        if (m[2]) found.push({ file, action: m[2] });
      }
    }
  }
  return found;
}

describe('audit kinds', () => {
  it('finds the use-cases’ actions in the source (the scan itself works)', () => {
    const actions = writtenActions().map((a) => a.action);
    expect(actions).toContain('case.read');
    expect(actions).toContain('case.referral.child-welfare');
    expect(actions).toContain('case.task.done');
    expect(actions.length).toBeGreaterThan(40);
  });

  it('maps every action a use-case writes', () => {
    const unmapped = writtenActions().filter((a) => auditKind(a.action) === undefined);
    expect(unmapped, 'add these actions to AUDIT_KINDS in src/server/audit.ts').toEqual([]);
  });

  it('maps every policy action, which a refusal names', () => {
    const unmapped = Object.keys(policies).filter((a) => auditKind(a) === undefined);
    expect(unmapped, 'add these policy actions to AUDIT_KINDS in src/server/audit.ts').toEqual([]);
  });

  it.each([
    ['pupil.read', 'read'],
    ['case.open', 'create'],
    ['case.escalate', 'update'],
    ['absence.delete', 'delete'],
    ['alert.letter', 'print'],
    ['case.meeting.print', 'print'],
    ['case.notice', 'print'],
    ['guardian.access-log', 'export'],
    ['audit.review', 'read'],
  ] as const)('%s is %s', (action, kind) => {
    expect(AUDIT_KINDS[action]).toBe(kind);
  });

  it('knows no kind for a name outside the table', () => {
    expect(auditKind('pupil.peek')).toBeUndefined();
  });

  it.each([
    ['cases.read', 'GET', 'read'],
    ['cases.write', 'POST', 'create'],
    ['cases.write', 'PUT', 'update'],
    ['absence.register', 'DELETE', 'delete'],
    ['alerts.letter', 'POST', 'print'],
    ['guardian.access-log', 'GET', 'export'],
    ['not.in.table', 'GET', 'read'],
  ] as const)('a refused %s %s is %s', (action, method, kind) => {
    expect(deniedKind(action, method)).toBe(kind);
  });
});
