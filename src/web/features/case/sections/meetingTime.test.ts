import { describe, expect, it } from 'vitest';
import { meetingTime } from './MeetingForms';

describe('a meeting time as a Norwegian writes it', () => {
  it.each([
    ['9.30', '09:30'],
    ['09:30', '09:30'],
    ['0930', '09:30'],
    ['14', '14:00'],
    [' 23.59 ', '23:59'],
    ['', null],
  ])('«%s» → %s', (text, time) => expect(meetingTime(text)).toBe(time));
  it.each(['24.00', '9.60', 'halv ti', '9.3'])('refuses «%s»', (text) => expect(meetingTime(text)).toBeUndefined());
});
