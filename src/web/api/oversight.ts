// The school owner's figures (src/server/routes/oversight.ts, decision 128): aggregates only, suppressed below five pupils.
import type { OwnerOverviewResponse } from '../../contract';
import { ApiError, request } from './client';

export type { OwnerOverviewResponse } from '../../contract';

export const oversightApi = {
  owner: (schoolYear?: number) =>
    request<OwnerOverviewResponse>(
      `/api/oversight/owner${schoolYear === undefined ? '' : `?schoolYear=${schoolYear}`}`,
    ),
  /** This school year and the one before; the one before is `null` where the kommune has no skolerute for it. */
  ownerTwoYears: async () => {
    const o = await oversightApi.owner();
    const previous = await oversightApi.owner(o.schoolYear - 1).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    });
    return { o, previous };
  },
};
