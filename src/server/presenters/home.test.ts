import { describe, expect, it } from 'vitest';
import saltdalJson from '../../../content/ladders/saltdal.json';
import { parseLadder } from '../../domain/ladder/ladder-schema';
import { nextStepOf } from './home';

const parsed = parseLadder(saltdalJson, 'saltdal.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ladder = parsed.ladder;
const open = (ladder_task_id: string | null, text: string, due_on: string | null = null) => ({
  ladder_task_id,
  text,
  due_on,
});

describe('the next step of a case (decision 114)', () => {
  it('is the open task due first', () => {
    expect(
      nextStepOf(
        [
          open('saltdal-0-elevsamtale', 'Elevsamtale'),
          open(null, 'Ring mor', '2026-11-30'),
          open(null, 'Møt PPT', '2026-11-26'),
        ],
        ladder,
      ),
    ).toEqual({ text: 'Møt PPT', dueOn: '2026-11-26' });
  });

  it('without due dates, is the first piece of work in the ladder’s order, not the ongoing registration', () => {
    expect(
      nextStepOf(
        [
          open('saltdal-0-registrering', 'Registrering av fravær'),
          open('saltdal-0-samtale-foresatte', 'Samtale med foresatte'),
          open('saltdal-0-elevsamtale', 'Elevsamtale'),
        ],
        ladder,
      ),
    ).toEqual({ text: 'Elevsamtale', dueOn: null });
    expect(nextStepOf([open('saltdal-0-registrering', 'Registrering av fravær')], ladder)).toEqual({
      text: 'Registrering av fravær',
      dueOn: null,
    });
  });

  it('is none when every task of the level is done', () => {
    expect(nextStepOf([], ladder)).toBeNull();
  });
});
