import { z } from 'zod';
import { PROTECTED_ADDRESSES } from './enums';
import { idParam } from './common';

const protectedAddress = z.enum(PROTECTED_ADDRESSES);

// PUT /api/pupils/:pupilId/protected-address
export const setProtectedAddressParams = z.object({ pupilId: idParam });
export type SetProtectedAddressParams = z.input<typeof setProtectedAddressParams>;
export const setProtectedAddressBody = z.object({ protectedAddress, version: z.number().int().positive() });
export type SetProtectedAddressBody = z.input<typeof setProtectedAddressBody>;
export const setProtectedAddressResponse = z.object({ id: z.string(), protectedAddress, version: z.number().int() });
export type SetProtectedAddressResponse = z.infer<typeof setProtectedAddressResponse>;
