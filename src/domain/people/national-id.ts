// Norwegian national identity numbers: fødselsnummer, D-number, H-number and the synthetic test range.
// Decision 055 (docs/decisions/055-national-ids.md) records the rules and their sources.
//
// Layout: DDMMYY III K1 K2 — six date digits, three individual digits, two control digits.
//   fnr        day 01–31, month 01–12
//   dnr        day + 40 (41–71): people without a fødselsnummer (Folkeregisteret, D-nummer)
//   hnr        month + 40 (41–52): the health services' auxiliary number (hjelpenummer)
//   synthetic  month + 80 (81–92): Skatteetaten's synthetic test numbers (Tenor / Test Norge), which
//              no real person has; day + 40 on top is a synthetic D-number and still 'synthetic'.
// NAV's Dolly also makes test numbers with month + 40; they cannot be told from H-numbers and are
// classified as 'hnr'. A month + 65 range is not documented anywhere we found, so it is not accepted.
//
// Control digits (Skatteetaten, "Nytt fødselsnummer fra 2032", folkeregisteret-api-dokumentasjon):
//   S1 = 3·d1 + 7·d2 + 6·m1 + 1·m2 + 8·y1 + 9·y2 + 4·i1 + 5·i2 + 2·i3 + 1·k1
//   S2 = 5·d1 + 4·d2 + 3·m1 + 2·m2 + 7·y1 + 6·y2 + 5·i1 + 4·i2 + 3·i3 + 2·k1 + 1·k2
//   classic rule (numbers issued before 2032):   S1 mod 11 = 0            and S2 mod 11 = 0
//   rule from 1 January 2032:                    S1 mod 11 ∈ {0, 1, 2, 3} and S2 mod 11 = 0
// The 2032 rule is Skatteetaten's "k1 = {11,12,13,14} − (sum mod 11)", i.e. k1 may take up to four
// values; k2 is computed as before. Numbers issued earlier stay valid, so both are accepted.
//
// Nothing here derives a birth date or sex from a number, and nothing may: from 2032 the individual
// digits no longer give the century or sex, and the product stores the birth date as its own field.
// The date digits are only checked to be a date that exists in some century.

/** What a valid number is. */
export type NationalIdKind = 'fnr' | 'dnr' | 'hnr' | 'synthetic';

/** Why a number is invalid; `reason` in the result is the Norwegian text for users. */
export type NationalIdProblem = 'length' | 'digits' | 'control' | 'date' | 'synthetic-not-allowed';

export type NationalIdCheck =
  | { ok: true; value: string; kind: NationalIdKind; controlRule: 'classic' | '2032' }
  | { ok: false; problem: NationalIdProblem; reason: string };

export type NationalIdOptions = {
  /** Accept the synthetic range (month + 80). The server passes `config.allowSyntheticIds` (decision 097). */
  allowSynthetic: boolean;
};

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** The remainders S1 mod 11 that the 2032 rule accepts; 0 alone is the classic rule. */
const K1_REMAINDERS = [0, 1, 2, 3] as const;
export type K1Remainder = (typeof K1_REMAINDERS)[number];

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
}

function mod11(n: number): number {
  return ((n % 11) + 11) % 11;
}

/**
 * The eleven-digit number for nine leading digits whose first control sum leaves `remainder` (0 = the
 * classic rule, 1–3 only valid from 2032), or null when a control digit would be 10.
 */
export function completeNationalId(nine: string, remainder: K1Remainder = 0): string | null {
  if (!/^\d{9}$/.test(nine)) throw new Error(`Trenger ni sifre, ikke «${nine}»`);
  const digits = [...nine].map(Number);
  // S1 = s9 + k1 ≡ remainder  ⇒  k1 ≡ remainder − s9 (mod 11)
  const k1 = mod11(remainder - weightedSum(digits, W1.slice(0, 9)));
  if (k1 === 10) return null;
  const k2 = mod11(-weightedSum([...digits, k1], W2.slice(0, 10)));
  if (k2 === 10) return null;
  return `${nine}${k1}${k2}`;
}

/** The two classic mod-11 control digits for nine leading digits, or null when no valid number exists. */
export function controlDigits(nine: string): string | null {
  return completeNationalId(nine, 0)?.slice(9) ?? null;
}

/** Which control rule an 11-digit number satisfies: 'classic', '2032' (only the new rule), or null. */
function controlRuleOf(digits: readonly number[]): 'classic' | '2032' | null {
  if (mod11(weightedSum(digits, W2)) !== 0) return null;
  const r1 = mod11(weightedSum(digits, W1));
  if (r1 === 0) return 'classic';
  return (K1_REMAINDERS as readonly number[]).includes(r1) ? '2032' : null;
}

/** True when an 11-digit number passes the control-digit check, classic or 2032. */
export function hasValidControlDigits(id: string): boolean {
  return /^\d{11}$/.test(id) && controlRuleOf([...id].map(Number)) !== null;
}

/**
 * The kind of number its date digits say, or null when they cannot be any date. February 29 is
 * accepted when the two year digits are a leap year in some century (00 is: 2000).
 */
function kindOfDate(id: string): NationalIdKind | null {
  let day = Number(id.slice(0, 2));
  let month = Number(id.slice(2, 4));
  const yy = Number(id.slice(4, 6));
  const dnr = day > 40;
  if (dnr) day -= 40;
  let kind: NationalIdKind = dnr ? 'dnr' : 'fnr';
  if (month > 80) {
    month -= 80;
    kind = 'synthetic';
  } else if (month > 40) {
    // A D-number with an H-number month is no documented series.
    if (dnr) return null;
    month -= 40;
    kind = 'hnr';
  }
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth ? kind : null;
}

/**
 * Checks a fødselsnummer, D-number, H-number or synthetic number. Spaces are ignored (people write
 * "150812 34567"); the Norwegian `reason` fits after "linje 3: fødselsnummer: ".
 */
export function checkNationalId(input: string, options: NationalIdOptions): NationalIdCheck {
  const value = input.replace(/\s+/g, '');
  if (!/^\d*$/.test(value)) return { ok: false, problem: 'digits', reason: 'kan bare inneholde sifre' };
  if (value.length !== 11) {
    return {
      ok: false,
      problem: 'length',
      reason: value.length === 0 ? 'mangler' : `må ha 11 sifre, ikke ${value.length}`,
    };
  }
  const controlRule = controlRuleOf([...value].map(Number));
  if (controlRule === null) return { ok: false, problem: 'control', reason: 'kontrollsifferet stemmer ikke' };
  const kind = kindOfDate(value);
  if (kind === null) return { ok: false, problem: 'date', reason: 'de seks første sifrene er ikke en mulig dato' };
  if (kind === 'synthetic' && !options.allowSynthetic) {
    return {
      ok: false,
      problem: 'synthetic-not-allowed',
      reason: 'syntetiske testnumre (måned + 80) godtas bare i demomodus',
    };
  }
  return { ok: true, value, kind, controlRule };
}

/** True when the number is a valid synthetic number (month + 80). */
export function isSyntheticNationalId(id: string): boolean {
  const check = checkNationalId(id, { allowSynthetic: true });
  return check.ok && check.kind === 'synthetic' && check.value === id;
}

/**
 * A synthetic fødselsnummer (month + 80, classic control digits) for a birth date (YYYY-MM-DD),
 * choosing the first individual number at or after `seed` in 500–999 that gives valid control digits.
 * It goes from date to number only; nothing reads a date back out of a number.
 */
export function syntheticNationalId(birthDate: string, seed: number): string {
  const [y, m, d] = birthDate.split('-');
  if (!y || !m || !d) throw new Error(`Ugyldig fødselsdato: ${birthDate}`);
  const year = Number(y);
  if (year < 2000 || year > 2039) throw new Error(`Syntetiske fødselsnumre lages bare for år 2000–2039, ikke ${year}`);
  const prefix = `${d}${String(Number(m) + 80).padStart(2, '0')}${y.slice(2)}`;
  for (let i = 0; i < 500; i++) {
    const individual = String(500 + ((seed + i) % 500)).padStart(3, '0');
    const id = completeNationalId(prefix + individual);
    if (id) return id;
  }
  throw new Error(`Fant ikke gyldig syntetisk fødselsnummer for ${birthDate}`);
}
