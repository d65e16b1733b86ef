// Fixtures for tests of steps along the ladder: a synthetic pupil's views and best-interest assessment
// (decision 181), accepted on every ladder.
import type { Heard } from './heard';

export const HEARD: Heard = {
  pupilViews: {
    obtained: true,
    how: 'samtale',
    views: 'Eleven vil helst begynne med to timer om dagen og ha en fast voksen å gå til.',
  },
  bestInterest: 'En trygg og gradvis tilbakekomst veier tyngst for eleven nå.',
};

export const HEARD_NOT_OBTAINED: Heard = {
  pupilViews: {
    obtained: false,
    why: 'Eleven ville ikke snakke med skolen denne uken.',
    howSought: 'Kontaktlærer tilbød samtale på skolen og hjemme, og spurte om eleven ville ha med en tillitsperson.',
  },
  bestInterest: 'Å holde kontakten og ikke presse eleven veier tyngst nå.',
};
