import { describe, expect, it } from 'vitest';
import { isSyntheticNationalId } from '../../domain/people/national-id';
import { generateDemo, schoolYearOf } from './generate';

describe('demo generator', () => {
  const [naervik, nabo] = generateDemo('2026-11-24');

  it('is deterministic', () => {
    expect(generateDemo('2026-11-24')).toEqual([naervik, nabo]);
  });

  it('makes a demo kommune of three schools and about 600 pupils, and a smaller neighbour', () => {
    expect(naervik!.schools.map((s) => [s.name, s.firstTrinn, s.lastTrinn])).toEqual([
      ['Nærvik barneskole', 1, 7],
      ['Nærvik ungdomsskole', 8, 10],
      ['Fjordli skole', 1, 10],
    ]);
    expect(naervik!.pupils.length).toBe(600);
    expect(nabo!.pupils.length).toBeLessThan(200);
  });

  it('has one demo login per role in each kommune, the neighbour with the .nabo suffix', () => {
    const roles = [
      'kontaktlaerer',
      'faglaerer',
      'rektor',
      'ressursteam',
      'helsesykepleier',
      'ppt',
      'barnevern',
      'skoleeier',
      'avdelingsdirektor',
      'admin',
      'foresatt',
      'elev',
    ];
    expect(
      naervik!.users
        .filter((u) => u.login)
        .map((u) => u.username)
        .sort(),
    ).toEqual([...roles].sort());
    expect(
      nabo!.users
        .filter((u) => u.login)
        .map((u) => u.username)
        .sort(),
    ).toEqual(roles.map((r) => `${r}.nabo`).sort());
  });

  it('gives Henrik Fjell, the scenario pupil, his own account in each kommune', () => {
    for (const k of [naervik!, nabo!]) {
      const elev = k.users.find((u) => u.kind === 'pupil')!;
      const henrik = k.pupils.find((p) => p.userId === elev.id)!;
      expect(`${henrik.firstName} ${henrik.lastName}`).toBe('Henrik Fjell');
      expect(elev.displayName).toBe('Henrik Fjell');
    }
  });

  it('uses only synthetic fødselsnumre (month + 80, mod-11), unique, some pupils without one', () => {
    const ids = naervik!.pupils.map((p) => p.nationalId).filter((x): x is string => x !== null);
    expect(ids.every(isSyntheticNationalId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThan(naervik!.pupils.length);
  });

  it('makes the contact teacher contact teacher of 9A at the ungdomsskole, with the scenario pupils', () => {
    const kontakt = naervik!.users.find((u) => u.username === 'kontaktlaerer')!;
    const role = naervik!.roles.find((r) => r.userId === kontakt.id)!;
    const cls = naervik!.classes.find((c) => c.id === role.classId)!;
    expect(cls.name).toBe('9A');
    expect(naervik!.schools.find((s) => s.id === cls.schoolId)!.name).toBe('Nærvik ungdomsskole');
    const names = naervik!.pupils.filter((p) => p.classId === cls.id).map((p) => `${p.firstName} ${p.lastName}`);
    expect(names).toEqual(expect.arrayContaining(['Henrik Fjell', 'Sara Lunde', 'Ingrid Moen']));
  });

  it('takes the school year containing the date', () => {
    expect(schoolYearOf('2026-11-24')).toBe(2026);
    expect(schoolYearOf('2027-06-15')).toBe(2026);
    expect(schoolYearOf('2027-08-01')).toBe(2027);
    expect(generateDemo('2027-03-01')[0]!.classes[0]!.schoolYear).toBe(2026);
  });
});
