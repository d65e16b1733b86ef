import { describe, expect, it } from 'vitest';
import { asciiFileName } from './file-name';

describe('asciiFileName', () => {
  it.each([
    ['innsyn Żółć-Čuođđa Michał Áŋŋá 2026-11-24.pdf', 'innsyn-zolc-cuodda-michal-anna-2026-11-24.pdf'],
    ['Þórunn Guðmundsdóttir Işıl Nguyễn Dvořák Œuvre.json', 'thorunn-gudmundsdottir-isil-nguyen-dvorak-oeuvre.json'],
    ['melding-om-fravaer-7Ø-2026-11-24.pdf', 'melding-om-fravaer-7o-2026-11-24.pdf'],
    ['Ребёнок 王 👍 x.pdf', 'x.pdf'],
  ])('%s → %s', (name, file) => {
    expect(asciiFileName(name)).toBe(file);
  });
});
