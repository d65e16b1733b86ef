import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import nb from '../../../i18n/nb';
import { compareSummary, groupsSummary, movementSummary, seriesSummary } from './summary';

const t = i18next.createInstance();
beforeAll(() => t.init({ lng: 'nb', resources: { nb: { translation: nb } }, interpolation: { escapeValue: false } }));
const say = () => t.t.bind(t) as typeof i18next.t;

describe('the charts’ text summaries', () => {
  it('name the highest and lowest month with Norwegian decimals', () => {
    expect(
      seriesSummary(say(), [
        { label: 'august', value: 1 },
        { label: 'september', value: 2.35 },
        { label: 'mars', value: 4.2 },
        { label: 'april', value: 4.2 },
      ]),
    ).toBe('Andelen fravær var høyest i mars (4,2 %) og lavest i august (1,0 %).');
  });

  it('say that a suppressed month is a gap, not zero', () => {
    expect(
      seriesSummary(say(), [
        { label: 'august', value: null },
        { label: 'september', value: 3 },
        { label: 'oktober', value: 2 },
        { label: 'november', value: null },
      ]),
    ).toBe(
      'Andelen fravær var høyest i september (3,0 %) og lavest i oktober (2,0 %). ' +
        'Tallene for august og november gjelder under 5 elever og er skjult; i grafen er de hull, ikke null.',
    );
    expect(
      seriesSummary(say(), [
        { label: 'mai', value: 0.5 },
        { label: 'juni', value: null },
      ]),
    ).toBe(
      'Andelen fravær var 0,5 % i mai. Tallet for juni gjelder under 5 elever og er skjult; i grafen er det et hull, ikke null.',
    );
    expect(seriesSummary(say(), [{ label: 'mai', value: null }])).toBe(
      'Alle tallene gjelder under 5 elever og er skjult.',
    );
    expect(seriesSummary(say(), [])).toBe('Det er ingen tall å vise ennå.');
  });

  it('compare this school year with the one before where both months are published', () => {
    expect(compareSummary(say(), [2, 3, null, 5], [3, 2, 4, 6])).toBe(
      'Sammenlignet med skoleåret før var andelen lavere i 2 av 3 måneder.',
    );
    expect(compareSummary(say(), [2, 3], [])).toBe('Det er ingen måneder å sammenligne med skoleåret før.');
  });

  it('compare schools in a month', () => {
    expect(
      groupsSummary(say(), [
        { label: 'Nabodal skole', value: 3.1 },
        { label: 'Åsen skole', value: null },
        { label: 'Bakken skole', value: 5 },
      ]),
    ).toBe(
      'Bakken skole hadde høyest andel fravær (5,0 %) og Nabodal skole lavest (3,1 %). ' +
        'Tallet for Åsen skole gjelder under 5 elever og er skjult; i grafen er det et hull, ikke null.',
    );
    expect(groupsSummary(say(), [{ label: 'Bakken skole', value: 5 }])).toBe(
      'Andelen fravær ved Bakken skole var 5,0 %.',
    );
  });

  it('lead the movement with progress', () => {
    expect(
      movementSummary(
        say(),
        [
          { label: '5. trinn', below: 1, above: 2 },
          { label: '6. trinn', below: 3, above: 0 },
        ],
        10,
      ),
    ).toBe('Flest elever kom under 10 % på 6. trinn (3). Flest kom over 10 % på 5. trinn (2).');
    expect(movementSummary(say(), [{ label: '5. trinn', below: 0, above: 0 }], 10)).toBe(
      'Ingen elever kom under 10 % i perioden. Ingen elever kom over 10 %.',
    );
  });
});
