import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authErrors } from './schemas';
import { actorOf, type RouteDeps } from './deps';
import { getMyPupilPage } from '../use-cases/get-my-pupil-page';
import { saveMyCheckin } from '../use-cases/save-my-checkin';
import { sendMyMeetingWish } from '../use-cases/send-my-meeting-wish';
import {
  getMyPupilPageResponse,
  saveMyCheckinBody,
  saveMyCheckinResponse,
  sendMyMeetingWishBody,
  sendMyMeetingWishResponse,
} from '../../contract/pupil-page';
import { errorBody } from '../../contract/common';

// The pupil's own page (issue 21 item 2, decision 184): only a pupil's own account reaches these, and they
// name no pupil: the session says who.
export const pupilPageRoutes =
  ({ db, clock }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/me/pupil',
      {
        config: { action: 'pupil.self.read' },
        schema: {
          summary: 'Elevens egen side: ukas svar, egne tidligere svar, ønsket før møte og planen i enkle ord',
          tags: ['elev'],
          response: { 200: getMyPupilPageResponse, 404: errorBody, ...authErrors },
        },
      },
      async (request) => getMyPupilPage(db, actorOf(request), clock.now()),
    );

    app.put(
      '/api/me/pupil/checkin',
      {
        config: { action: 'pupil.self.write' },
        schema: {
          summary: 'Elevens svar denne uka: «Hvordan har skoleuka vært?» 1–10 og hva som skal til for ett steg bedre',
          description:
            'Ett svar per uke (ISO-uke). Første gang `version: null`, en endring samme uke med versjonen den bygger på.',
          tags: ['elev'],
          body: saveMyCheckinBody,
          response: { 200: saveMyCheckinResponse, 400: errorBody, 404: errorBody, 409: errorBody, ...authErrors },
        },
      },
      async (request) => saveMyCheckin(db, actorOf(request), request.body, clock.now()),
    );

    app.post(
      '/api/me/pupil/meeting-wish',
      {
        config: { action: 'pupil.self.write' },
        schema: {
          summary: 'Elevens ønske før et møte: hva de voksne skal vite, og hvem eleven vil ha med',
          tags: ['elev'],
          body: sendMyMeetingWishBody,
          response: { 201: sendMyMeetingWishResponse, 400: errorBody, 404: errorBody, ...authErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await sendMyMeetingWish(db, actorOf(request), request.body, clock.now())),
    );
  };
