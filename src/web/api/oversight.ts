// The school owner's figures (src/server/routes/oversight.ts, decision 128): aggregates only, suppressed below five pupils.
import type { OwnerOverviewResponse } from '../../contract';
import { request } from './client';

export type { OwnerOverviewResponse } from '../../contract';

export const oversightApi = {
  owner: () => request<OwnerOverviewResponse>('/api/oversight/owner'),
};
