import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  consentCovers,
  consentState,
  expireWithCase,
  pupilConsentsToo,
  validateConsent,
  withdrawConsent,
  type ConsentFacts,
  type ConsentInput,
} from './consent';

const granted = (over: Partial<ConsentFacts> = {}): ConsentFacts => ({
  decision: 'granted',
  services: ['helsestasjon', 'ppt'],
  excludedServices: [],
  excludedUserIds: [],
  consentDate: '2026-11-02',
  withdrawnOn: null,
  expiredOn: null,
  ...over,
});

describe('consent lifecycle', () => {
  it('covers the ticked services from its date, until withdrawn or the case closes', () => {
    const c = granted();
    expect(consentCovers(c, 'helsestasjon', 'u1', '2026-11-01')).toBe(false);
    expect(consentCovers(c, 'helsestasjon', 'u1', '2026-11-02')).toBe(true);
    expect(consentCovers(c, 'barneverntjeneste', 'u1', '2026-11-02')).toBe(false);
    const w = withdrawConsent(c, '2026-11-10');
    expect(consentCovers(w, 'helsestasjon', 'u1', '2026-11-09')).toBe(true);
    expect(consentCovers(w, 'helsestasjon', 'u1', '2026-11-10')).toBe(false);
    expect(consentState(expireWithCase(c, '2026-12-01'), '2026-12-01')).toBe('utløpt');
  });

  it('honours what the family holds back: a service or a person', () => {
    expect(consentCovers(granted({ excludedServices: ['ppt'] }), 'ppt', 'u1', '2026-11-03')).toBe(false);
    expect(consentCovers(granted({ excludedUserIds: ['u2'] }), 'ppt', 'u2', '2026-11-03')).toBe(false);
    expect(consentCovers(granted({ excludedUserIds: ['u2'] }), 'ppt', 'u1', '2026-11-03')).toBe(true);
  });

  it('a refusal covers nothing and cannot be withdrawn; a withdrawn or expired consent cannot be withdrawn again', () => {
    const refused = granted({ decision: 'refused' });
    expect(consentCovers(refused, 'helsestasjon', 'u1', '2026-11-03')).toBe(false);
    expect(() => withdrawConsent(refused, '2026-11-03')).toThrow(/nei til samtykke/);
    expect(() => withdrawConsent(withdrawConsent(granted(), '2026-11-03'), '2026-11-04')).toThrow(/allerede trukket/);
    expect(() => withdrawConsent(expireWithCase(granted(), '2026-11-03'), '2026-11-04')).toThrow(/utløpt/);
  });

  // Model-based: any sequence of grants, withdrawals, case closings and reads, on increasing dates. The
  // model is the plain set of services that may see the case right now; the consents must agree on
  // every read.
  it('agrees with a simple model over any sequence of grant, withdraw, close and read', () => {
    const service = fc.constantFrom('helsestasjon', 'ppt', 'barneverntjeneste');
    const command = fc.oneof(
      fc.record({
        kind: fc.constant('grant' as const),
        services: fc.uniqueArray(service, { minLength: 1 }),
        refused: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('withdraw' as const), which: fc.nat() }),
      fc.record({ kind: fc.constant('close' as const) }),
      fc.record({ kind: fc.constant('read' as const), service }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let consents: ConsentFacts[] = [];
        // The model: per consent, the services it gives while running; a closed case ends every one.
        let model: { services: Set<string>; running: boolean }[] = [];
        let day = 1;
        for (const cmd of commands) {
          const on = `2026-11-${String(day).padStart(2, '0')}`;
          if (cmd.kind === 'grant') {
            consents.push(
              granted({ decision: cmd.refused ? 'refused' : 'granted', services: cmd.services, consentDate: on }),
            );
            model.push({ services: new Set(cmd.services), running: !cmd.refused });
          } else if (cmd.kind === 'withdraw' && consents.length > 0) {
            const i = cmd.which % consents.length;
            if (model[i]!.running) {
              consents[i] = withdrawConsent(consents[i]!, on);
              model[i]!.running = false;
            } else expect(() => withdrawConsent(consents[i]!, on)).toThrow();
          } else if (cmd.kind === 'close') {
            consents = consents.map((c) => expireWithCase(c, on));
            model = model.map((m) => ({ ...m, running: false }));
          } else if (cmd.kind === 'read') {
            const sees = consents.some((c) => consentCovers(c, cmd.service, 'u1', on));
            expect(sees).toBe(model.some((m) => m.running && m.services.has(cmd.service)));
          }
          day = Math.min(day + 1, 30);
        }
      }),
    );
  });
});

describe('who consents', () => {
  it('counts age as birthdays do, and the pupil consents from 15', () => {
    expect(ageOn('2011-11-24', '2026-11-23')).toBe(14);
    expect(ageOn('2011-11-24', '2026-11-24')).toBe(15);
    expect(pupilConsentsToo('2011-11-24', '2026-11-24')).toBe(true);
    expect(pupilConsentsToo('2012-01-01', '2026-11-24')).toBe(false);
  });

  const input = (over: Partial<ConsentInput> = {}): ConsentInput => ({
    decision: 'granted',
    services: ['helsestasjon'],
    specialistServices: null,
    otherServices: null,
    guardianIds: ['g1'],
    pupilConsented: false,
    informationGiven: 'Om helsestasjonen',
    scope: 'Fravær og trivsel',
    heldBackMatters: null,
    excludedServices: [],
    excludedPersons: null,
    stafettlogg: false,
    consentDate: '2026-11-24',
    collectedAtService: 'Nærvik ungdomsskole',
    ...over,
  });
  const pupil = { birthDate: '2012-03-01', guardianIds: ['g1', 'g2'] };

  it('accepts a complete consent and lists each problem by field otherwise', () => {
    expect(validateConsent(input(), pupil, '2026-11-24')).toEqual([]);
    expect(
      validateConsent(
        input({ services: [], guardianIds: ['x'], informationGiven: ' ', consentDate: '2026-11-25' }),
        pupil,
        '2026-11-24',
      ).map((p) => p.field),
    ).toEqual(['services', 'guardianIds', 'informationGiven', 'consentDate']);
    expect(
      validateConsent(input({ services: ['andre', 'spesialisthelsetjeneste'] }), pupil, '2026-11-24').map(
        (p) => p.field,
      ),
    ).toEqual(['specialistServices', 'otherServices']);
    expect(validateConsent(input({ services: ['tannlege'] }), pupil, '2026-11-24')[0]!.message).toBe(
      'Ukjent tjeneste «tannlege».',
    );
  });

  it('needs the pupil’s own consent from 15, and not before', () => {
    const older = { ...pupil, birthDate: '2011-05-01' };
    expect(validateConsent(input(), older, '2026-11-24')).toEqual([
      { field: 'pupilConsented', message: 'Eleven er 15 år eller eldre og må selv samtykke.' },
    ]);
    expect(validateConsent(input({ pupilConsented: true }), older, '2026-11-24')).toEqual([]);
    expect(validateConsent(input({ decision: 'refused', services: [] }), older, '2026-11-24')).toEqual([]);
    expect(validateConsent(input({ pupilConsented: true }), pupil, '2026-11-24')[0]!.field).toBe('pupilConsented');
  });
});
