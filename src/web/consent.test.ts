import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api';
import type { Me, RoleAssignment } from './api';
import {
  accessServiceLabel,
  base64OfDataUrl,
  consentFieldProblems,
  partnerService,
  scanMime,
  seesConsentedCases,
} from './consent';
import enConsent from './i18n/en/consent.json';
import nb from './i18n/nb';
import { casePlan, homePlan, navPlan, settingsSchools } from './roles';

beforeAll(async () => {
  await i18next.init({
    lng: 'nb',
    fallbackLng: 'nb',
    resources: { nb: { translation: nb }, en: { translation: enConsent } },
  });
});

const me = (kind: Me['kind'], ...roles: RoleAssignment['role'][]): Pick<Me, 'kind' | 'roles'> => ({
  kind,
  roles: roles.map((role) => ({ role })),
});

describe('the service partner', () => {
  it('sees the consented cases and nothing of the school: no classes, alerts, board, import, profiles, audit log or settings', () => {
    const nurse = me('service', 'helsesykepleier');
    expect(seesConsentedCases(nurse)).toBe(true);
    expect(seesConsentedCases(me('staff', 'kontaktlaerer'))).toBe(false);
    // Her one page of her own: «Meld undring» to the school (decision 196).
    const { settings, healthConcern, ...pages } = navPlan(nurse);
    expect(settings).toEqual([]);
    expect(healthConcern).toBe(true);
    expect(Object.values(pages).some(Boolean)).toBe(false);
    expect(casePlan(nurse)).toEqual({ myCases: false, myTasks: true, board: false, takeOver: false });
    expect(homePlan(nurse)).toMatchObject({ showClasses: false, showMyClasses: false, showChildren: false });
    expect(settingsSchools(nurse)).toEqual([]);
  });

  it.each<[string, Pick<Me, 'roles'>, string | null]>([
    [
      'the school nurse: the health centre',
      me('service', 'helsesykepleier'),
      'Forebyggende helsetjenester (helsestasjon)',
    ],
    ['PPT', me('service', 'ppt'), 'PPT'],
    ['staff have no service', me('staff', 'kontaktlaerer'), null],
  ])('the note names the service as the consent form does: %s', (_, who, label) => {
    expect(accessServiceLabel(who)).toBe(label);
    expect(partnerService(who) === null).toBe(label === null);
  });

  it('names the service in the reader’s language', async () => {
    await i18next.changeLanguage('en');
    expect(accessServiceLabel(me('service', 'helsesykepleier'))).toBe('Preventive health services (health centre)');
    await i18next.changeLanguage('nb');
  });
});

describe('the consent form', () => {
  it('puts the server’s field errors at their fields, in the form’s order', () => {
    const error = new ApiError(
      400,
      'validation',
      'Kryss av minst én tjeneste det samtykkes til. Skriv hva samtykket gjelder (omfang).',
      {
        fields: [
          { field: 'scope', message: 'Skriv hva samtykket gjelder (omfang).' },
          { field: 'services', message: 'Kryss av minst én tjeneste det samtykkes til.' },
          { field: 'services.3', message: 'Ukjent tjeneste «x».' },
          { field: 'whatever', message: 'Ukjent felt' },
        ],
      },
    );
    const problems = consentFieldProblems(error);
    expect(problems).toEqual({
      scope: 'Skriv hva samtykket gjelder (omfang).',
      services: 'Kryss av minst én tjeneste det samtykkes til. Ukjent tjeneste «x».',
    });
    expect(consentFieldProblems(new Error('nett'))).toEqual({});
  });

  it('sends a scan’s type, from its name when the browser has none, and only the base64 of it', () => {
    expect(scanMime({ name: 'samtykke.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(scanMime({ name: 'Samtykke.JPG', type: '' })).toBe('image/jpeg');
    expect(scanMime({ name: 'samtykke', type: '' })).toBe('application/octet-stream');
    expect(base64OfDataUrl('data:application/pdf;base64,JVBERi0=')).toBe('JVBERi0=');
  });
});
