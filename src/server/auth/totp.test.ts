import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  otpauthUri,
  totpCode,
  totpStep,
  verifyTotp,
} from './totp';

// RFC 6238 appendix B uses the ASCII key "12345678901234567890" for SHA-1 and 8 digits.
const rfcKey = Buffer.from('12345678901234567890', 'ascii');
const rfcSecret = base32Encode(rfcKey);

describe('TOTP', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('matches the RFC 6238 SHA-1 vector at %i s', (seconds, code) => {
    expect(totpCode(rfcSecret, new Date(seconds * 1000), 8)).toBe(code);
  });

  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('matches the RFC 4226 HOTP vector for counter %i', (counter, code) => {
    expect(hotp(rfcKey, counter)).toBe(code);
  });

  it('round-trips base32 and reads the RFC 4648 examples', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI======').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi').toString()).toBe('foobar');
    expect(() => base32Decode('MZ1W')).toThrow(/base32/);
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
  });

  it('accepts the codes one step either side, nothing further, and each step only once', () => {
    const at = new Date(1111111111 * 1000);
    const step = totpStep(at);
    const code = (s: number) => hotp(rfcKey, s);
    expect(verifyTotp(rfcSecret, code(step), at)).toBe(step);
    expect(verifyTotp(rfcSecret, code(step - 1), at)).toBe(step - 1);
    expect(verifyTotp(rfcSecret, code(step + 1), at)).toBe(step + 1);
    expect(verifyTotp(rfcSecret, code(step - 2), at)).toBeNull();
    expect(verifyTotp(rfcSecret, code(step + 2), at)).toBeNull();
    expect(verifyTotp(rfcSecret, code(step), at, step)).toBeNull();
    expect(verifyTotp(rfcSecret, code(step + 1), at, step)).toBe(step + 1);
    expect(verifyTotp(rfcSecret, '12345', at)).toBeNull();
    expect(verifyTotp(rfcSecret, 'abcdef', at)).toBeNull();
  });

  it('writes an otpauth URI that authenticator apps read', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'ola.nordmann')).toBe(
      'otpauth://totp/N%C3%A6rv%C3%A6r:ola.nordmann?secret=JBSWY3DPEHPK3PXP&issuer=N%C3%A6rv%C3%A6r&algorithm=SHA1&digits=6&period=30',
    );
  });
});
