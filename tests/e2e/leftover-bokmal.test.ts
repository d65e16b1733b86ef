// The checker of «no bokmål string left» (./leftover-bokmal.ts) on small resource trees: no browser needed.
import { describe, expect, it } from 'vitest';
import { flatten, fragments, leftoverBokmal, meaningful, resourcesOf, stringsIn } from './leftover-bokmal';

const nb = {
  register: {
    title: 'Fravær {{weekday}} {{date}}',
    rest: 'Resten er til stede',
    saved: 'Lagret for {{name}}: hele dagen',
    taken: 'Registrering ført kl. {{time}} av {{name}}',
    save: 'Lagre',
    school: 'Nabodal skole',
    help: 'Trykk <1>Lagre</1> når du har fylt inn alle feltene',
  },
  months: ['januar', 'februar'],
};
const nn = {
  register: {
    title: 'Fråvær {{weekday}} {{date}}',
    rest: 'Resten er til stades',
    saved: 'Lagra for {{name}}: heile dagen',
    taken: 'Registrering ført kl. {{time}} av {{name}}',
    save: 'Lagre',
    school: 'Nabodal skole',
    help: 'Trykk <1>Lagre</1> når du har fylt inn alle felta',
  },
  months: ['januar', 'februar'],
};

describe('fragments', () => {
  it('splits at placeholders, $t() references and Trans tags, and drops what has no letter', () => {
    expect(fragments('Lagret for {{name}}: hele dagen')).toEqual(['Lagret for', 'hele dagen']);
    expect(fragments('$t(app.name) – <1>Se saken</1> i {{count}} dager.')).toEqual(['Se saken', 'i', 'dager.']);
    expect(fragments('{{a}} – {{b}}')).toEqual([]);
  });

  it('looks only for fragments of 12 characters or three words', () => {
    expect(meaningful('Lagre')).toBe(false);
    expect(meaningful('Logg ut nå')).toBe(true);
    expect(meaningful('Hovedinnhold')).toBe(true);
    expect(meaningful('hele dagen')).toBe(false);
  });
});

describe('leftoverBokmal', () => {
  it('finds nothing on a page in nynorsk', () => {
    const page = 'Fråvær tysdag 24.11.2026\nResten er til stades\nLagra for Fjell, Henrik: heile dagen\nLagre';
    expect(leftoverBokmal(nb, nn, page)).toEqual([]);
  });

  it('names the key and the bokmål words a page in nynorsk still shows, whatever their case and spacing', () => {
    const page = 'Fråvær tysdag\nRESTEN ER   TIL STEDE\nTrykk Lagre når du har fylt inn alle feltene';
    expect(leftoverBokmal(nb, nn, page).map(({ key, fragment }) => ({ key, fragment }))).toEqual([
      { key: 'register.rest', fragment: 'Resten er til stede' },
      { key: 'register.help', fragment: 'når du har fylt inn alle feltene' },
    ]);
    expect(leftoverBokmal(nb, nn, page)[0]?.around).toBe(
      'fråvær tysdag resten er til stede trykk lagre når du har fylt inn alle fe',
    );
  });

  it('lets text pass that is the same in both (a name, an untranslatable phrase) or too short to tell', () => {
    const page = 'Nabodal skole · Registrering ført kl. 08.15 av Kari · Lagre · januar';
    expect(leftoverBokmal(nb, nn, page)).toEqual([]);
  });

  it('lets a fragment pass that stands in a text the server sent (municipal content, a name)', () => {
    const page = 'Saltdal: Resten er til stede når eleven kommer';
    expect(leftoverBokmal(nb, nn, page, 'Tiltak: «Resten er til stede når eleven kommer»')).toEqual([]);
    expect(leftoverBokmal(nb, nn, page).map((l) => l.fragment)).toEqual(['Resten er til stede']);
  });

  it('counts a key the translation lacks as bokmål', () => {
    const { rest: _rest, ...lacking } = nn.register;
    expect(leftoverBokmal(nb, { ...nn, register: lacking }, 'Resten er til stede')).toEqual([
      { key: 'register.rest', fragment: 'Resten er til stede', around: 'resten er til stede' },
    ]);
  });
});

describe('stringsIn', () => {
  it('collects every string of a JSON answer', () => {
    expect(stringsIn({ a: ['x', { b: 'y', n: 3 }], c: null, d: 'z' })).toEqual(['x', 'y', 'z']);
  });
});

describe('resourcesOf', () => {
  it('reads every bokmål file into one tree', () => {
    const keys = flatten(resourcesOf('nb'));
    expect(keys.get('app.logout')).toBe('Logg ut');
    expect(keys.size).toBeGreaterThan(1000);
  });
});
