import type { CaseFacts } from './case-facts';
import type { Dagsplan, IllnessTeaching, ReturnPlan, Samarbeidsavtale, Tiltaksplan } from './plan-schema';

// Complete, activatable example plans and case facts for the tests (invented people, 2025-26 school year).

export const AS_OF = '2025-11-03';

/** A case where the pupil's voice is heard (årsakskartlegging with the pupil) and nothing else is recorded. */
export function facts(extra: Partial<CaseFacts> = {}): CaseFacts {
  return {
    asOf: AS_OF,
    filledForms: [{ id: 'f1', kind: 'undringssamtale-elev', audience: 'elev', filledOn: '2025-10-20' }],
    trustedPersonStatements: [],
    assessments: [],
    referrals: [],
    plans: [],
    ...extra,
  };
}

export function tiltaksplan(extra: Partial<Tiltaksplan> = {}): Tiltaksplan {
  return {
    kind: 'tiltaksplan',
    date: '2025-11-03',
    longTermGoal: 'Eleven er stabilt til stede på skolen.',
    subGoals: ['Møter til første time tre dager i uka'],
    period: { from: '2025-11-03', to: '2025-11-21' },
    statusAndEvaluation: 'Borte fire av ti dager siste to uker; morgensamtaler har hjulpet litt.',
    timetableAndAttendance: 'Grønne timer: norsk og kunst og håndverk. Røde: kroppsøving og svømming.',
    measures: [
      {
        id: 'm1',
        description: 'Kontaktlærer møter eleven i skolegården kl. 08.20',
        planB: 'Helsesykepleier møter eleven i stedet',
        responsible: 'Kontaktlærer Ola Nordmann',
        attendanceReduction: null,
        homeSchooling: null,
      },
    ],
    triggers: 'Garderoben før gym: eleven skifter alene.',
    nextMeetingOn: '2025-11-24',
    ...extra,
  };
}

export function samarbeidsavtale(extra: Partial<Samarbeidsavtale> = {}): Samarbeidsavtale {
  return {
    kind: 'samarbeidsavtale',
    date: '2025-11-03',
    status: 'Eleven har vært borte mange mandager og kommer ofte for sent.',
    mainGoal: 'Eleven møter på skolen i alle timer og dager.',
    rows: [
      {
        id: 'r1',
        subGoal: 'Møte til første time',
        measure: 'Vekking kl. 07.00 og felles frokost',
        responsible: 'Foresatte',
        deadline: '2025-11-21',
        reducesAttendance: null,
      },
    ],
    planB: 'Kontaktlærer ringer hjem kl. 08.45 og avtaler henting.',
    evaluationOn: '2025-11-24',
    signatures: [
      { name: 'Kari Nordmann', role: 'foresatt', signedOn: '2025-11-03' },
      { name: 'Ola Nordmann', role: 'skole', signedOn: '2025-11-03' },
    ],
    ...extra,
  };
}

export function dagsplan(extra: Partial<Dagsplan> = {}): Dagsplan {
  return {
    kind: 'dagsplan',
    date: '2025-11-03',
    appliesTo: 'Mandag–fredag',
    rows: [
      {
        id: 'd1',
        from: '07:00',
        to: '07:45',
        where: 'Hjemme',
        what: 'Stå opp og spise frokost',
        responsible: 'Mor',
        why: 'Få en rolig start',
        how: 'Vekkeklokke og fast frokost',
        withWhom: 'Mor',
      },
      {
        id: 'd2',
        from: '08:30',
        to: '09:30',
        where: 'Biblioteket',
        what: 'Lesing med lærer',
        responsible: 'Kontaktlærer',
        why: 'Komme i gang med dagen',
        how: 'Egen bok og iPad',
        withWhom: 'Kontaktlærer',
        afterwards: 'Gå hjem med mor',
      },
    ],
    ...extra,
  };
}

export function returnPlan(extra: Partial<ReturnPlan> = {}): ReturnPlan {
  return {
    kind: 'gradvis-tilbakeforing',
    date: '2025-11-03',
    goal: 'Eleven er på skolen hele dager i klassen.',
    arena: 'Biblioteket, så klasserommet',
    steps: [
      {
        id: 's1',
        from: '2025-11-03',
        to: '2025-11-14',
        where: 'Biblioteket',
        when: 'Kl. 09.30 hver dag',
        what: 'En time med lærer',
        who: 'Kontaktlærer',
        attendance: 'delvis',
        pupilTasks: ['Møte på biblioteket kl. 09.30', 'Sjekke planen hver dag'],
        guardianTasks: ['Følge til biblioteket'],
        schoolTasks: ['Lærer møter eleven kl. 09.30', 'Sender ukeplan'],
        moveOnWhen: 'Eleven har møtt åtte av ti dager',
      },
      {
        id: 's2',
        from: '2025-11-17',
        to: '2025-11-28',
        where: 'Klasserommet',
        when: 'Hele skoledagen',
        what: 'Vanlig timeplan',
        who: 'Kontaktlærer og faglærere',
        attendance: 'hel',
        pupilTasks: ['Møte til første time'],
        guardianTasks: ['Vekke kl. 07.00'],
        schoolTasks: ['Møte eleven i skolegården'],
        moveOnWhen: 'Eleven har møtt alle dager i to uker',
      },
    ],
    evaluationOn: '2025-11-28',
    attendanceReduction: {
      kind: 'kortere-skoledag',
      description: 'Én time på biblioteket i steg 1',
      basis: {
        type: 'midlertidig',
        from: '2025-11-03',
        until: '2025-11-14',
        evaluateOn: '2025-11-10',
        considerations: 'Helt borte i fire uker; en time daglig vurdert mot full plikt nå.',
        bestInterest: 'Eleven har klart en time med lærer før; ressursteamet vurderer det som barnets beste.',
        sakkyndigUttalelseId: null,
      },
    },
    ...extra,
  };
}

export function illness(extra: Partial<IllnessTeaching> = {}): IllnessTeaching {
  return {
    kind: 'opplaering-ved-sykdom',
    date: '2025-11-03',
    doctorStatementId: 'lege1',
    presenceAtSchool: 'ingen',
    condition: 'Innlagt etter operasjon, deretter hjemme i opptrening.',
    expectedAbsence: { from: '2025-11-03', until: '2026-01-30', description: 'Minst tolv uker' },
    assessment: 'Uten opplæring hjemme får eleven ikke oppfylt retten til opplæring i perioden.',
    place: 'hjemme',
    teaching: 'Norsk, matematikk og engelsk, seks timer i uka hjemme.',
    followedUpBy: 'Kontaktlærer',
    evaluationOn: '2025-12-01',
    ...extra,
  };
}
