// SMS as a second channel behind the outbox (decision 136): which numbers are Norwegian mobile numbers, and
// the text an SMS carries. Pure.
import type { Language } from '../language/language';

/**
 * A Norwegian mobile number in international form (+47 and eight digits starting with 4 or 9), or null for
 * anything else: a landline, a foreign number, a typo. Spaces, dots and dashes and a leading +47, 0047 or 47
 * (before eight digits) are allowed.
 */
export function norwegianMobile(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.trim().replace(/[\s.\-()]/g, '');
  const m = /^(?:\+47|0047|47(?=\d{8}$))?([49]\d{7})$/.exec(digits);
  return m ? `+47${m[1]}` : null;
}

/** A phone number shown without most of its digits (for the administrator's outbox and error texts). */
export function maskedNumbers(text: string): string {
  return text.replace(/\+?\d[\d ]{6,}\d/g, (n) => `…${n.replace(/\s/g, '').slice(-2)}`);
}

const SMS_TEXT: Record<Language, string> = {
  nb: 'Du har en ny melding i Nærvær. Logg inn for å se hva det gjelder:',
  nn: 'Du har ei ny melding i Nærvær. Logg inn for å sjå kva det gjeld:',
  en: 'You have a new message in Nærvær. Sign in to see what it is about:',
};

/**
 * The SMS of the same-day notice in the family's language (issue 20, decision 178): what is waiting and where,
 * nothing about the pupil or the school.
 */
export function smsText(baseUrl: string, language: Language = 'nb'): string {
  return `${SMS_TEXT[language]} ${baseUrl.replace(/\/$/, '')}/innboks`;
}
