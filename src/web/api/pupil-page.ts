// The pupil's own page (issue 21 item 2, decision 184): the week's check-in, the wish before a meeting and the
// plan in the pupil's words. The session says who the pupil is; no pupil id is sent.
import type {
  GetMyPupilPageResponse,
  SaveMyCheckinBody,
  SaveMyCheckinResponse,
  SendMyMeetingWishBody,
  SendMyMeetingWishResponse,
} from '../../contract';
import { request } from './client';

export type MyPupilPage = GetMyPupilPageResponse;

export const pupilPageApi = {
  get: () => request<GetMyPupilPageResponse>('/api/me/pupil'),
  saveCheckin: (body: SaveMyCheckinBody) =>
    request<SaveMyCheckinResponse>('/api/me/pupil/checkin', { method: 'PUT', body }),
  sendMeetingWish: (body: SendMyMeetingWishBody) =>
    request<SendMyMeetingWishResponse>('/api/me/pupil/meeting-wish', { method: 'POST', body }),
};
