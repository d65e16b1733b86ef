import { z } from 'zod';
import { ORGANISATION_TYPES, ROLES, USER_KINDS } from './enums';
import { LANGUAGES, MALFORMER } from '../domain/language/language';

const role = z.enum(ROLES);

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(USER_KINDS),
  kommune: z.object({
    id: z.string(),
    name: z.string(),
    malform: z.enum(MALFORMER).describe('Kommunens målform (språklova): standardspråket for de ansatte'),
  }),
  language: z
    .enum(LANGUAGES)
    .describe('Språket brukeren leser: eget valg, ellers foresattes familiespråk, ellers kommunens målform'),
  chosenLanguage: z.enum(LANGUAGES).nullable().describe('Brukerens eget valg; null følger kommunens målform'),
  organisation: z.object({ id: z.string(), name: z.string(), type: z.enum(ORGANISATION_TYPES) }),
  roles: z.array(
    z.object({
      role,
      schoolId: z.string().optional(),
      schoolName: z.string().optional(),
      classId: z.string().optional(),
      className: z.string().optional(),
      subject: z.string().optional(),
    }),
  ),
});
export type Me = z.infer<typeof meSchema>;

/** The server's time (the application clock): the web app dates its forms from it, never from the browser's clock (decision 101). */
export const serverTime = z.object({
  now: z.string().describe('Tjenerens tidspunkt (ISO 8601, UTC)'),
  today: z.string().describe('Dagens dato i Norge etter tjenerens klokke (ÅÅÅÅ-MM-DD)'),
  demoClock: z.boolean().describe('Demomodus: en administrator kan flytte demoklokken (POST /api/demo/clock)'),
});
export type ServerTime = z.infer<typeof serverTime>;

export const session = z.object({ user: meSchema, csrfToken: z.string(), time: serverTime });
export type Session = z.infer<typeof session>;

export const secondFactor = z.object({
  secondFactor: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('totp') }),
    z.object({
      kind: z.literal('enrol'),
      secret: z.string().describe('Base32-hemmeligheten til autentiseringsappen'),
      otpauthUri: z.string(),
    }),
  ]),
  csrfToken: z.string().describe('Sendes som x-csrf-token til /api/auth/totp og /api/auth/logout'),
});
export type SecondFactorStep = z.infer<typeof secondFactor>;

// POST /api/auth/login
export const loginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});
export type LoginBody = z.input<typeof loginBody>;
export const loginResponse = z.union([session, secondFactor]);
export type LoginResponse = z.infer<typeof loginResponse>;

// POST /api/auth/totp
export const confirmSecondFactorBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3} ?\d{3}$/, 'Engangskoden er seks sifre'),
});
export type ConfirmSecondFactorBody = z.input<typeof confirmSecondFactorBody>;
export const confirmSecondFactorResponse = session;
export type ConfirmSecondFactorResponse = z.infer<typeof confirmSecondFactorResponse>;

// POST /api/auth/password-setup
export const setPasswordBody = z.object({
  username: z.string().min(1).max(100),
  token: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type SetPasswordBody = z.input<typeof setPasswordBody>;
export const setPasswordResponse = z.object({ username: z.string() });
export type SetPasswordResponse = z.infer<typeof setPasswordResponse>;

// GET /api/auth/me
export const getMeResponse = session;
export type GetMeResponse = z.infer<typeof getMeResponse>;

const languageChoice = z.enum(LANGUAGES, {
  error: 'Språket må være «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk), eller null for kommunens målform',
});

// PUT /api/auth/me/language
export const setMyLanguageBody = z.object({ language: languageChoice.nullable() });
export type SetMyLanguageBody = z.input<typeof setMyLanguageBody>;
export const setMyLanguageResponse = z.object({
  language: z.enum(LANGUAGES),
  chosenLanguage: z.enum(LANGUAGES).nullable(),
});
export type SetMyLanguageResponse = z.infer<typeof setMyLanguageResponse>;
