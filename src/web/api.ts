// The browser's way to the server, by area in src/web/api/ and typed by the API contract (src/contract,
// decision 092). `api` gathers the areas that screens have always called through it.
import { absenceApi } from './api/absence';
import { adaptationApi } from './api/adaptations';
import { authApi } from './api/auth';
import { classApi } from './api/classes';
import { importApi } from './api/imports';
import { settingsApi } from './api/settings';

export * from './api/absence';
export * from './api/adaptations';
export * from './api/audit';
export * from './api/auth';
export * from './api/cases';
export * from './api/classes';
export * from './api/decisions';
export * from './api/documents';
export * from './api/home';
export { ApiError, clearCsrfToken, request, send } from './api/client';
export * from './api/imports';
export * from './api/inbox';
export * from './api/guardians';
export * from './api/pupil-page';
export * from './api/health';
export * from './api/settings';
export * from './api/school-environment';
export * from './api/archive';

export const api = { ...authApi, ...classApi, ...absenceApi, ...adaptationApi, ...settingsApi, ...importApi };
