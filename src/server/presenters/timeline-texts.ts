// The case timeline's fixed words in each language a reader may read (issue 20): what happened to the case,
// a contact's channel, a held meeting (named as the minutes name it, src/server/documents/texts), a new alert. The free text people wrote (a reason, a summary) is shown
// as they wrote it. One type for all three, so a language without a text does not compile — as the
// documents' texts (src/server/documents/texts) do it.
import type { ContactChannel } from '../../db/schema';
import type { Language } from '../../domain/language/language';

export type TimelineTexts = {
  opened: string;
  measuresStarted: string;
  newEvaluationDate: string;
  evaluated: (outcome: string) => string;
  escalated: string;
  deEscalated: string;
  closed: string;
  reopened: string;
  reportedToChildWelfare: string;
  takenOver: string;
  handedOver: string;
  outcome: Record<'solved' | 'better' | 'more-needed', string>;
  judgement: Record<'virket' | 'delvis' | 'virket-ikke' | 'ikke-gjennomfort', string>;
  /** «Tiltakene: A – virket; B – ikke gjennomført.» */
  measures: (list: string) => string;
  /** «, bekreftet fulgt 3 av 12 skoledager siden 02.11.2026» for a measure the teachers confirm (decision 191). */
  followed: (days: number, schoolDays: number, since: string) => string;
  channel: Record<ContactChannel, string>;
  meetingHeld: (meeting: string) => string;
  newAlert: string;
};

const nb: TimelineTexts = {
  opened: 'Sak åpnet',
  measuresStarted: 'Tiltak startet',
  newEvaluationDate: 'Ny evalueringsdato',
  evaluated: (outcome) => `Evaluert (${outcome})`,
  escalated: 'Løftet ett nivå',
  deEscalated: 'Tatt ned ett nivå',
  closed: 'Sak avsluttet',
  reopened: 'Sak gjenåpnet',
  reportedToChildWelfare: 'Bekymringsmelding til barneverntjenesten logget, med helhetsvurdering',
  takenOver: 'Saken overtatt av elevens nye skole',
  handedOver: 'Stafettpinnen gitt videre',
  outcome: { solved: 'løst', better: 'bedre, fortsetter', 'more-needed': 'trenger mer, neste nivå' },
  judgement: {
    virket: 'virket',
    delvis: 'virket delvis',
    'virket-ikke': 'virket ikke',
    'ikke-gjennomfort': 'ikke gjennomført',
  },
  measures: (list) => `Tiltakene: ${list}.`,
  followed: (days, schoolDays, since) => `, bekreftet fulgt ${days} av ${schoolDays} skoledager siden ${since}`,
  channel: { telefon: 'telefon', møte: 'møte', melding: 'melding', hjemmebesøk: 'hjemmebesøk', brev: 'brev' },
  meetingHeld: (meeting) => `${meeting} holdt`,
  newAlert: 'Nytt varsel',
};

const nn: TimelineTexts = {
  opened: 'Sak opna',
  measuresStarted: 'Tiltak starta',
  newEvaluationDate: 'Ny evalueringsdato',
  evaluated: (outcome) => `Evaluert (${outcome})`,
  escalated: 'Løfta eitt nivå',
  deEscalated: 'Teke ned eitt nivå',
  closed: 'Sak avslutta',
  reopened: 'Sak opna att',
  reportedToChildWelfare: 'Bekymringsmelding til barnevernstenesta loggført, med heilskapsvurdering',
  takenOver: 'Saka overteken av den nye skulen til eleven',
  handedOver: 'Stafettpinnen gitt vidare',
  outcome: { solved: 'løyst', better: 'betre, held fram', 'more-needed': 'treng meir, neste nivå' },
  judgement: {
    virket: 'verka',
    delvis: 'verka delvis',
    'virket-ikke': 'verka ikkje',
    'ikke-gjennomfort': 'ikkje gjennomført',
  },
  measures: (list) => `Tiltaka: ${list}.`,
  followed: (days, schoolDays, since) => `, stadfesta følgd ${days} av ${schoolDays} skuledagar sidan ${since}`,
  channel: { telefon: 'telefon', møte: 'møte', melding: 'melding', hjemmebesøk: 'heimebesøk', brev: 'brev' },
  meetingHeld: (meeting) => `${meeting} halde`,
  newAlert: 'Nytt varsel',
};

const en: TimelineTexts = {
  opened: 'Case opened',
  measuresStarted: 'Measures started',
  newEvaluationDate: 'New evaluation date',
  evaluated: (outcome) => `Evaluated (${outcome})`,
  escalated: 'Moved up one level',
  deEscalated: 'Moved down one level',
  closed: 'Case closed',
  reopened: 'Case reopened',
  reportedToChildWelfare: 'Report of concern to the child welfare service logged, with a holistic assessment',
  takenOver: "Case taken over by the pupil's new school",
  handedOver: 'Baton holder role handed on',
  outcome: { solved: 'solved', better: 'better, continuing', 'more-needed': 'needs more, next level' },
  judgement: {
    virket: 'worked',
    delvis: 'partly worked',
    'virket-ikke': 'did not work',
    'ikke-gjennomfort': 'not carried out',
  },
  measures: (list) => `The measures: ${list}.`,
  followed: (days, schoolDays, since) => `, confirmed followed on ${days} of ${schoolDays} school days since ${since}`,
  channel: { telefon: 'phone', møte: 'meeting', melding: 'message', hjemmebesøk: 'home visit', brev: 'letter' },
  meetingHeld: (meeting) => `${meeting} held`,
  newAlert: 'New alert',
};

export const TIMELINE_TEXTS: Record<Language, TimelineTexts> = { nb, nn, en };
