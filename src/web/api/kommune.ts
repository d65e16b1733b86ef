// The kommune's own settings (src/server/routes/kommune.ts, decision 176): its målform.
import type { KommuneSettings, SetKommuneMalformBody } from '../../contract';
import { request } from './client';

export type { KommuneSettings } from '../../contract';

export const kommuneApi = {
  settings: () => request<KommuneSettings>('/api/kommune/settings'),
  setMalform: (body: SetKommuneMalformBody) =>
    request<KommuneSettings>('/api/kommune/malform', { method: 'PUT', body }),
};
