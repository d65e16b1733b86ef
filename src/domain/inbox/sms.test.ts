import { describe, expect, it } from 'vitest';
import { maskedNumbers, norwegianMobile, smsText } from './sms';

describe('a Norwegian mobile number', () => {
  it.each([
    ['912 34 567', '+4791234567'],
    ['+47 412 34 567', '+4741234567'],
    ['0047 91234567', '+4791234567'],
    ['4791234567', '+4791234567'],
    ['91-23-45-67', '+4791234567'],
    ['  (+47) 98765432 ', '+4798765432'],
  ])('%s is %s', (input, expected) => {
    expect(norwegianMobile(input)).toBe(expected);
  });
  it.each([
    ['a landline', '22 33 44 55'],
    ['too short', '912 34 56'],
    ['too long', '912 34 5678'],
    ['a Swedish number', '+46 70 123 45 67'],
    ['letters', 'ring meg'],
    ['empty', ''],
  ])('%s is none', (_why, input) => {
    expect(norwegianMobile(input)).toBeNull();
  });
  it('none without a number', () => {
    expect(norwegianMobile(null)).toBeNull();
  });
});

describe('the SMS and what the administrator sees', () => {
  it('says only that a message waits, and where', () => {
    expect(smsText('https://naervaer.kommune.no/')).toBe(
      'Du har en ny melding i Nærvær. Logg inn for å se hva det gjelder: https://naervaer.kommune.no/innboks',
    );
  });
  it('is written in the family’s language', () => {
    expect(smsText('https://n.no', 'nn')).toBe(
      'Du har ei ny melding i Nærvær. Logg inn for å sjå kva det gjeld: https://n.no/innboks',
    );
    expect(smsText('https://n.no', 'en')).toBe(
      'You have a new message in Nærvær. Sign in to see what it is about: https://n.no/innboks',
    );
  });
  it('hides the digits of a number in an error text', () => {
    expect(maskedNumbers('Ugyldig mottaker +4791234567 (400)')).toBe('Ugyldig mottaker …67 (400)');
  });
});
