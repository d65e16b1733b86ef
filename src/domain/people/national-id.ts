// Norwegian national identity numbers (fødselsnummer, D-number) and the synthetic range used by
// test data: month + 80 (Skatteetaten's syntetiske fødselsnumre), which no real person has.

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  if (k === 10) return null;
  return k;
}

/** The two mod-11 check digits for nine leading digits, or null when no valid number exists. */
export function controlDigits(nine: string): string | null {
  const digits = [...nine].map(Number);
  const k1 = checkDigit(digits, W1);
  if (k1 === null) return null;
  const k2 = checkDigit([...digits, k1], W2);
  if (k2 === null) return null;
  return `${k1}${k2}`;
}

/** True when an 11-digit number passes both mod-11 checks. */
export function hasValidControlDigits(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  return controlDigits(id.slice(0, 9)) === id.slice(9);
}

/** True when the number is in the synthetic range (month + 80) and passes the mod-11 checks. */
export function isSyntheticNationalId(id: string): boolean {
  if (!hasValidControlDigits(id)) return false;
  const month = Number(id.slice(2, 4));
  return month >= 81 && month <= 92;
}

/**
 * A synthetic fødselsnummer for a birth date (YYYY-MM-DD), choosing the first individual number at or
 * after `seed` (0–499 within the range for births 2000–2039) that gives valid check digits.
 */
export function syntheticNationalId(birthDate: string, seed: number): string {
  const [y, m, d] = birthDate.split('-');
  if (!y || !m || !d) throw new Error(`Ugyldig fødselsdato: ${birthDate}`);
  const year = Number(y);
  if (year < 2000 || year > 2039) throw new Error(`Syntetiske fødselsnumre lages bare for år 2000–2039, ikke ${year}`);
  const prefix = `${d}${String(Number(m) + 80).padStart(2, '0')}${y.slice(2)}`;
  for (let i = 0; i < 500; i++) {
    const individual = String(500 + ((seed + i) % 500)).padStart(3, '0');
    const control = controlDigits(prefix + individual);
    if (control) return prefix + individual + control;
  }
  throw new Error(`Fant ikke gyldig syntetisk fødselsnummer for ${birthDate}`);
}
