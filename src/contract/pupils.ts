import { z } from 'zod';
import { PROTECTED_ADDRESSES } from './enums';
import { idParam } from './common';
import { LANGUAGES } from '../domain/language/language';

const protectedAddress = z.enum(PROTECTED_ADDRESSES);

// PUT /api/pupils/:pupilId/protected-address
export const setProtectedAddressParams = z.object({ pupilId: idParam });
export type SetProtectedAddressParams = z.input<typeof setProtectedAddressParams>;
export const setProtectedAddressBody = z.object({ protectedAddress, version: z.number().int().positive() });
export type SetProtectedAddressBody = z.input<typeof setProtectedAddressBody>;
export const setProtectedAddressResponse = z.object({ id: z.string(), protectedAddress, version: z.number().int() });
export type SetProtectedAddressResponse = z.infer<typeof setProtectedAddressResponse>;

// The pupil's guardians as the school sees them on the pupil page (decisions 152–153).
export const pupilGuardianDto = z.object({
  id: z.string(),
  name: z.string(),
  parentalResponsibility: z.boolean(),
  protectedAddress: protectedAddress.describe('Den foresattes egen fortrolige adresse'),
  restriction: z
    .object({
      reason: z.string(),
      at: z.string().nullable(),
      byName: z.string().nullable(),
      fromRoster: z.boolean(),
    })
    .nullable()
    .describe('Retten til informasjon er begrenset (barnelova § 47): hvorfor, når og av hvem'),
  version: z.number().int().describe('Versjonen av koblingen mellom foresatt og elev (begrensningen)'),
  guardianVersion: z.number().int().describe('Versjonen av den foresatte (fortrolig adresse, språk)'),
  language: z
    .enum(LANGUAGES)
    .nullable()
    .describe('Språket familien får brev og sider på; null: kommunens målform (beslutning 178)'),
});
export type PupilGuardianDto = z.infer<typeof pupilGuardianDto>;

// PUT /api/pupils/:pupilId/guardians/:guardianId/information-restriction
export const setGuardianRestrictionParams = z.object({ pupilId: idParam, guardianId: idParam });
export type SetGuardianRestrictionParams = z.input<typeof setGuardianRestrictionParams>;
export const setGuardianRestrictionBody = z.object({
  restricted: z.boolean(),
  reason: z.string().trim().max(300, 'Grunnlaget kan være høyst 300 tegn.').optional(),
  version: z.number().int().positive(),
});
export type SetGuardianRestrictionBody = z.input<typeof setGuardianRestrictionBody>;
export const setGuardianRestrictionResponse = z.object({
  guardianId: z.string(),
  restricted: z.boolean(),
  version: z.number().int(),
});
export type SetGuardianRestrictionResponse = z.infer<typeof setGuardianRestrictionResponse>;

// PUT /api/pupils/:pupilId/guardians/:guardianId/protected-address
export const setGuardianProtectedAddressParams = setGuardianRestrictionParams;
export type SetGuardianProtectedAddressParams = z.input<typeof setGuardianProtectedAddressParams>;
export const setGuardianProtectedAddressBody = z.object({ protectedAddress, version: z.number().int().positive() });
export type SetGuardianProtectedAddressBody = z.input<typeof setGuardianProtectedAddressBody>;
export const setGuardianProtectedAddressResponse = z.object({
  guardianId: z.string(),
  protectedAddress,
  version: z.number().int(),
});
export type SetGuardianProtectedAddressResponse = z.infer<typeof setGuardianProtectedAddressResponse>;
