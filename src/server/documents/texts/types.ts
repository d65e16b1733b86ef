// The fixed texts of the documents a school prints or sends home (issue 20 item 2, decision 178): one object
// per language, all of this shape, so a text missing in one language is a compile error. Names of people,
// schools and kommuner are never translated; they come in as arguments.
import type { ConsentService, ConsentState } from '../../../domain/consent/consent';
import type { MeetingKind } from '../../../db/schema';
import type { PlanKind } from '../../../domain/plans/plan-schema';

type PlanStatus = 'utkast' | 'aktiv' | 'avsluttet';

export type DocumentTexts = {
  /** The footer's note that the document is exempt from public access. */
  confidential: string;
  /** The sender where the school is not named (a protected child). */
  theSchool: string;
  /** «, klasse 9A». */
  inClass(className: string): string;
  /** «Elev: Ola Nordmann». */
  pupil(name: string): string;
  /** A date left blank. */
  notSet: string;
  /**
   * Said in a document whose quoted municipal content (the rule's explanation, the routine's next step, ladder
   * steps, measures) stays Norwegian; null where the language is Norwegian itself.
   */
  norwegianContentNote: string | null;
  letter: {
    title: string;
    to(name: string, inClass: string): string;
    intro(name: string): string;
    registeredHeading: string;
    counting(dates: string): string;
    nextHeading: string;
    talk(firstName: string, teacherName: string | null): string;
    notChildWelfare: string;
    regards: string;
    fileName: string;
  };
  minutes: {
    title(label: string): string;
    footer(date: string): string;
    held(date: string, time: string | null, place: string | null, participants: string | null): string;
    agendaHeading: string;
    minutesHeading: string;
    nextMeeting(date: string): string;
    meeting: Record<MeetingKind, string>;
  };
  plan: {
    kind: Record<PlanKind, string>;
    status: Record<PlanStatus, string>;
    footer(title: string, version: number, status: string): string;
    printed(date: string): string;
    dateLine(date: string, status: string, version: number): string;
    signatory: { foresatt: string; skole: string; elev: string; annen: string };
    guardians: string;
    /** The plan in the pupil's own words (decision 185), printed when the plan has them. */
    forPupil: { heading: string; schoolDoes: string; iTry: string; whoToGoTo: string };
    school: string;
    agreement: {
      status: string;
      mainGoal: string;
      columns: [string, string, string, string];
      planB: string;
      evaluation: string;
      evaluatedOn(date: string): string;
      signatures: string;
    };
    measures: {
      longTermGoal: string;
      subGoals: string;
      period: string;
      statusAndEvaluation: string;
      timetable: string;
      columns: [string, string, string];
      reduction(n: number): string;
      homeSchooling(n: number): string;
      triggers: string;
      nextMeeting: string;
    };
    day: { appliesTo: string; columns: [string, string, string, string] };
    gradual: {
      goal: string;
      arena: string;
      step(n: number, from: string, to: string, whole: boolean): string;
      where: [string, string, string, string];
      tasks: [string, string, string];
      moveOnWhen: string;
      reduction: string;
      evaluation: string;
    };
    illness: {
      presence: string;
      condition: string;
      expected: string;
      unsettled: string;
      assessment: string;
      place: string;
      teaching: string;
      schoolOffer: string;
      followedUpBy: string;
      evaluation: string;
    };
    reductionKind: Record<
      'kortere-skoledag' | 'senere-oppmote' | 'bestemte-dager' | 'fritak-fag' | 'fritak-aktivitet' | 'helt-fritak',
      string
    >;
    homeSchoolingGround: Record<'medisinske-tilleggsvansker' | 'overgangsperiode', string>;
    presenceLevel: Record<'ingen' | 'begrenset' | 'delvis' | 'hel', string>;
    teachingPlace: Record<'hjemme' | 'helseinstitusjon' | 'annet', string>;
  };
  consent: {
    title: string;
    footer: string;
    pupil(name: string, className: string, schoolName: string): string;
    why: string;
    servicesHeading: string;
    standpointHeading: string;
    refused: string;
    until: string;
    stafettlogg: string;
    noStafettlogg: string;
    informationHeading: string;
    scopeHeading: string;
    heldBackHeading: string;
    matters(text: string): string;
    services(text: string): string;
    persons(text: string): string;
    statusHeading: string;
    status(state: string, date: string, withdrawnOn: string | null): string;
    collected(by: string, at: string): string;
    signaturesHeading: string;
    placeAndDate(place: string | null): string;
    guardianSignature(name: string): string;
    childSignature: string;
    law: string;
    state: Record<ConsentState | 'fra-datoen', string>;
    service: Record<ConsentService, string>;
    /** «Spesialisthelsetjeneste: BUP og …» and «Andre: …» with the text the school wrote. */
    specialist(text: string): string;
    other(text: string): string;
    unknown: string;
  };
  /**
   * What Nærvær itself writes into the pupil's file (the contact log), in the kommune's målform: the file is kept
   * in the målform (issue 20). English is here for completeness of the type; the file is never written in it.
   */
  record: {
    /** The documents sent on to the Statsforvalteren with an appeal (fvl § 33), as the list names them. */
    decisionDocuments: {
      notice(date: string): string;
      reply(date: string): string;
      assessment(by: string, date: string): string;
      letter(date: string): string;
      appeal(date: string): string;
      reassessment(date: string): string;
    };
    sentToGuardians(title: string): string;
    /** The forhåndsvarsel and the decision letter sent to the guardians (decision 214). */
    decisionNoticeSent(kind: string, replyBy: string): string;
    decisionLetterSent(kind: string, channel: 'naervaer' | 'paper'): string;
    minutesTitle(meeting: string, date: string): string;
    letterMade(ruleTitle: string): string;
    caseNotice(to: 'skoleledelse' | 'avdelingsdirektor', level: number): string;
    /** The written notice itself (000 §5), a document kept in the file. */
    notice: {
      title(to: 'skoleledelse' | 'avdelingsdirektor'): string;
      pupil(name: string, className: string): string;
      where(ladder: string, level: number, title: string, next: string | null): string;
      doneHeading: string;
      nothingDone: string;
      goalsHeading: string;
    };
    sameDayNotice: {
      asked: string;
      noGuardians: string;
      reachedNone: string;
      /** «Sendt til 2 i innboksen i Nærvær og 1 på SMS.»: the ways already joined by `and`. */
      sentTo(ways: string): string;
      and: string;
      inApp(count: number): string;
      sms(count: number): string;
    };
  };
  /**
   * The aktivitetsplan of a school environment matter (opplæringslova § 12-4, decision 188): its headings, and
   * the notice of the family's right to take the matter to the Statsforvalteren (§ 12-6).
   */
  /**
   * A closed school environment matter in the archive extract (decision 231): the record of what the school did
   * (opplæringslova § 12-4, the documentation duty) and the notice to the school owner (§ 12-5).
   */
  schoolEnvironmentArchive: {
    recordTitle: string;
    recordIntro: string;
    reported(name: string, date: string): string;
    reportHeading: string;
    investigatedHeading(date: string): string;
    notInvestigated: string;
    plans(list: string): string;
    noPlan: string;
    evaluatedHeading(date: string): string;
    closedHeading(date: string): string;
    ownerTitle: string;
    ownerText(date: string): string;
    footer: string;
  };
  activityPlan: {
    title: string;
    /** «Skolemiljøsak – aktivitetsplikt, jf. opplæringslova kapittel 12». */
    matterLine: string;
    printed(date: string): string;
    knownOn(date: string): string;
    adultInvolved: string;
    problem: string;
    measures: string;
    columns: [string, string, string];
    evaluationOn: string;
    pupilView: string;
    investigated: string;
    statsforvalterHeading: string;
    statsforvalter: string;
    footer(version: number): string;
    fileName: string;
  };
  /**
   * An individual decision (enkeltvedtak, decisions 213–215): the forhåndsvarsel (fvl § 16) and the decision
   * letter with the appeal instructions — klagerett (fvl § 28), the three weeks from receipt (fvl § 29), where to
   * send it, and the right to see the documents (fvl § 18). Names, the kind and what the school wrote are
   * arguments, printed as written.
   */
  decision: {
    noticeTitle: string;
    letterTitle: string;
    to(names: string): string;
    about(kind: string, pupil: string): string;
    noticeIntro(kind: string, firstName: string): string;
    noticeWhat: string;
    noticeReply(date: string): string;
    facts: string;
    legalBasis: string;
    replaces(old: string): string;
    pupilViews: string;
    notObtained(why: string, howSought: string): string;
    weighed: string;
    bestInterest: string;
    reasons: string;
    decided: string;
    period(from: string, to: string): string;
    assessment(by: string, date: string): string;
    consent(by: string, date: string): string;
    temporary(date: string): string;
    guardiansReply(date: string): string;
    decidedBy(name: string, date: string): string;
    appealHeading: string;
    appeal: string;
    deadline: string;
    deadlineDate(received: string, deadline: string): string;
    whereToSend(school: string): string;
    documentsHeading: string;
    documents: string;
    translation(malform: string): string;
    footer: string;
    fileName: string;
    noticeFileName: string;
    /** The school's record of an appeal received, as the archive extract keeps it (decision 225). */
    appealTitle: string;
    appealReceived(date: string): string;
    appealNote: string;
    appealRecord: string;
    /** The guardians' reply to the forhåndsvarsel in the archive (decision 233): sent in Nærvær or recorded. */
    replyTitle: string;
    replyReceived(date: string, inNaervaer: boolean): string;
    /** The new letter when the school changes its decision after an appeal (fvl § 33 andre ledd, decision 230). */
    changedTitle: string;
    changedIntro(replacedDecidedOn: string, appealReceivedOn: string | null): string;
    changedReasons: string;
  };
};
