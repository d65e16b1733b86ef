// The reviews (src/server/routes/reviews.ts, decisions 139–142): each as JSON for its screen and as an XLSX or PDF.
import type { MovementReviewResponse, TrinnMeetingResponse, WeeklyReviewResponse } from '../../contract';
import { download, request } from './client';

export type { MovementReviewResponse, TrinnMeetingResponse, WeeklyReviewResponse } from '../../contract';

export type ReviewPath = 'weekly' | 'trinn' | 'monthly' | 'semester';

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const reviewsApi = {
  /** `schoolId`: the school picked (decision 160); the viewer's first when left out. */
  weekly: (schoolId?: string) => request<WeeklyReviewResponse>(`/api/reviews/weekly${query({ schoolId })}`),
  trinn: (trinn?: number, schoolId?: string) =>
    request<TrinnMeetingResponse>(`/api/reviews/trinn${query({ trinn, schoolId })}`),
  movement: (kind: 'monthly' | 'semester', range: { from?: string; to?: string } = {}, schoolId?: string) =>
    request<MovementReviewResponse>(`/api/reviews/${kind}${query({ ...range, schoolId })}`),
  /** The review as a file; `params` are the screen's own (trinn, range). */
  export: (path: ReviewPath, format: 'xlsx' | 'pdf', params: Record<string, string | number | undefined> = {}) =>
    download(`/api/reviews/${path}/export${query({ ...params, format })}`, {
      accept:
        format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
    }),
};
