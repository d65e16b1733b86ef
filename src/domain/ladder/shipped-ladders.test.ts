import { describe, expect, it } from 'vitest';
import hardangerJson from '../../../content/ladders/hardanger.json';
import jevnakerJson from '../../../content/ladders/jevnaker.json';
import saltdalJson from '../../../content/ladders/saltdal.json';
import { parseLadder, type Ladder } from './ladder-schema';

// The expected content is written by hand from the source text (section cited per block), not read
// from the ladder files, so a task left out of (or reworded in) the shipped content fails here.

function load(json: unknown, name: string): Ladder {
  const parsed = parseLadder(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.ladder;
}
const SALTDAL = load(saltdalJson, 'saltdal.json');
const JEVNAKER = load(jevnakerJson, 'jevnaker.json');
const HARDANGER = load(hardangerJson, 'hardanger.json');

type Expected = {
  title: string;
  problemAreas: string[];
  goals: string[];
  tasks: string[];
  evaluation: string[];
  partners: string[];
  responsible: string[];
};

// 000 §5 «Saltdal kommunes tiltakstrapp», one table per level: Problemområde, Mål, Arbeidsoppgaver,
// Evaluering, Samarbeidspartnere, Ansvar. PDF line breaks joined, bullets («o») dropped.
const SALTDAL_FROM_SOURCE: Expected[] = [
  {
    // 000 §5, «Nivå 0 – Avklare undring/bekymring»
    title: 'Avklare undring/bekymring',
    problemAreas: [
      'Fravær (enkelttimer, enkeltdager)',
      'Drar hjem i løpet av dagen',
      'Forsentkomming',
      'Uopplagt, trøtt',
      'Unngår enkelte aktiviteter',
      'Fraværende på turdager, i kroppsøving ol.',
      'Fravær i forbindelse med muntlige fremlegg, gruppearbeid ol.',
      'Info fra foresatte om problematferd på hjemmebane (gruer seg, vil ikke, konflikter ol.)',
    ],
    goals: [
      'Eleven skal være stabilt til stede på skolen',
      'Løse utfordringer på lavest mulig nivå',
      'Tilrettelegge på skolen for å imøtekomme elevens utfordringer',
      'Legge til rette for et godt skole-hjem samarbeid',
    ],
    tasks: [
      'Registrering av fravær i Visma Flyt Skole',
      'Kartlegge fraværet',
      'Elevsamtale',
      'Samtale med foresatte',
      'Drøfting og samarbeid med kollegaer',
      'Gjennom samtale og kartlegging, prøve å komme til problemets kjerne',
      'Utarbeide tiltak',
      'Bevisst arbeid med relasjonsbygging med eleven (og foreldrene)',
    ],
    evaluation: [
      'Jevnlig evaluering underveis. Er tiltakene tilstrekkelig? Hvis nei, utarbeide nye tiltak eller meld saken til neste nivå',
    ],
    partners: ['Kontaktlærer og øvrige ansatte på elevens trinn', 'Foresatte', 'Helsesykepleier'],
    responsible: ['Kontaktlærer', 'Faglærere', 'Assistenter'],
  },
  {
    // 000 §5, «Nivå 1 - Intern innsats på skolen og tverrfaglig drøfting»
    title: 'Intern innsats på skolen og tverrfaglig drøfting',
    problemAreas: [
      'Fraværet har ikke bedret seg, og tiltak har ikke fungert',
      'Fortsatt problematferd (som beskrevet over)',
      'Vanskene har pågått over tid',
    ],
    goals: [
      'Eleven skal være stabilt til stede på skolen',
      'Løse utfordringer på lavest mulig nivå',
      'Tilrettelegge på skolen for å imøtekomme elevens utfordringer',
      'Legge til rette for et godt skole-hjem samarbeid',
    ],
    tasks: [
      'Fortsatt registrering av fravær i Visma Flyt Skole',
      'Kartlegging av fravær',
      'Elevsamtale',
      'Kontaktlærer viderefører samarbeid skole-hjem',
      'De ansatte på trinnet fortsetter med tilrettelegging og følger opp avtaler som gjøres rundt tiltak',
      'Dialog skole-helse. Helsesykepleier kontakter fastlege for å informere/drøfte/kartlegge situasjon der behov',
      'Legge til rette for evt. nye tiltak',
      'Varsle skoleledelsen skriftlig',
      'Ledelsen tar kontakt med foresatte',
      'Drøfte eleven i nærværsteam, samarbeidsmøter eller S-team',
    ],
    evaluation: ['Evaluering av tiltak i samarbeidsmøter, nærværteam eller S-team'],
    partners: [
      'Skole',
      'Foresatte',
      'Helse',
      'Nærværsteam',
      'S-team',
      'Ressursteam (drøfting og/eller lavterskeltilbud for veiledning av foresatte)',
    ],
    responsible: ['Kontaktlærer', 'Skoleledelsen', 'Skolehelsetjenesten'],
  },
  {
    // 000 §5, «Nivå 2 - Tverrfaglig samarbeid om tiltak»
    title: 'Tverrfaglig samarbeid om tiltak',
    problemAreas: [
      'Eleven er helt borte fra skolen i en periode av skoleåret',
      'Problemene er blitt mer omfattende, for eksempel angst, aggressivitet, vegring, unnvikelse ol)',
    ],
    goals: [
      'Eleven skal være stabilt til stede på skolen',
      'Henvise eleven for utredning og kartlegging',
      'Riktige instanser er inne og jobber med eleven og familien',
      'Veiledning av skolen og familien',
    ],
    tasks: [
      'Kontaktlærer fortsetter registrering av fravær i Visma Flyt Skole, tilrettelegging når eleven er til stede og følger opp avtaler/tiltak som gjøres',
      'Jevnlig elevsamtale når eleven er på skolen',
      'Kontaktlærer har ukentlig kontakt med eleven/heimen i perioder med fravær, dersom dette vurderes som formålstjenlig.',
      'Involvere fastlege og/eller kommunepsykolog når naturlig',
      'Henvise/melde til PPT, BUP eller BVT',
      'Utarbeide tiltaksplan',
      'Innhente samtykkeerklæring for samarbeid mellom tjenester',
      'Skriftlig varsling til avdelingsdirektør',
      'Vurdere behov for oppretting av ansvarsgruppe/IP',
      'Gjennomføre jevnlige samarbeidsmøter, ansvarsgruppemøter, familiens møte (alt etter behov).',
    ],
    evaluation: ['Evaluere tiltak i samarbeidsmøter/S-team eller evt. ansvarsgruppemøter'],
    partners: ['PPT', 'Helse (skolehelsetjenesten, lege)', 'BVT', 'BUP', 'Ressursteamet', 'Skole'],
    responsible: ['Kontaktlærer', 'Skolens ledelse', 'Helsesykepleier', 'BVT', 'Kommunepsykolog', 'Lege'],
  },
  {
    // 000 §5, «Nivå 3 - Tverrfaglig samarbeid om intensive tiltak/spesialistnivå»
    title: 'Tverrfaglig samarbeid om intensive tiltak/spesialistnivå',
    problemAreas: [
      'Eleven er helt borte fra skolen',
      'Problemene omfatter hele livet til eleven og familien i stor grad (for eksempel søvnvaner, matvaner, hygiene, angst, aggressivitet, unnvikelse, vegring, vold ol)',
    ],
    goals: [
      'Eleven er stabilt til stede på skolen',
      'Bidra til at eleven og familien får tilbud om riktig hjelp',
      'Sakkyndig vurdering fra PPT skal være på plass',
    ],
    tasks: [
      'Varsle avdelingsdirektør skriftlig',
      'Opprette ansvarsgruppe',
      'Kontaktlærer har ukentlig kontakt med eleven, dersom ansvarsgruppa vurderer dette som formålstjenlig.',
      'Eleven skal alltid ha et pågående tiltak, og familien skal være ivaretatt av helse, skole, bvt og eventuelt andre instanser',
      'Utarbeide tiltaksplan og evt. IP. Vurdere å opprette Stafettlogg i Sampro',
      'Ved evt. fritak fra aktiviteter og/eller deler av undervisningen skal det foreligge en sakkyndig vurdering fra PPT hvor dette fremkommer som en anbefaling. Dersom lang saksbehandlingstid v/PPT kan en sakkyndig uttalelse erstatte sakkyndig vurdering midlertidig.',
      'Målretta tiltak som ser ut til å ha en åpenbar effekt, er faglig forsvarlig og vurdert til å være barnets beste, kan over en kortere periode bestemmes lokalt (for eksempel senere oppmøte på morgenen, kortere skoledag mm)',
    ],
    evaluation: ['Evaluere tiltaksplan i samarbeidsmøter og/eller ansvarsgruppemøter'],
    partners: [
      'PPT',
      'Helse (helsesykepleier, lege, kommunepsykolog)',
      'BVT',
      'BUP',
      'Ressursteamet',
      'Avdelingsdirektør',
      'Skole',
      'Spesialisthelsetjeneste',
    ],
    responsible: ['Største tjenesteyter i saken', 'Skolens ledelse'],
  },
];

// 000, vedlegg «Målrettet arbeid ved bekymringsfullt skolefravær – helsestasjonen»: the steps, in order.
const HEALTH_STEPS_FROM_SOURCE: { text: string; options?: string[] }[] = [
  { text: 'Kontakt helsesykepleier (eleven, foresatte, skolens nærværsteam eller s-team)' },
  { text: 'Kartleggingssamtale – Veiledning' },
  { text: 'Samarbeidsmøte med barnet/ungdom og evt. foresatte – helsesykepleier og evt. bhg/skole' },
  { text: 'Innhenting av samtykke for tverrfaglig samarbeid' },
  { text: 'Kollegaveiledning med kommunepsykolog, anonymt el. med navn' },
  { text: 'Henvisning fastlege – Anamnese og evt. somatisk utredning' },
  {
    text: 'Videre henvisning lokalt på bakgrunn av hva som kommer frem i kartleggingen',
    options: ['Fysioterapeut', 'Frisklivskoordinator', 'Kommunepsykolog', 'Ressursteam', 'Familiens møte', 'Nav'],
  },
  {
    text: 'Videre henvisning spesialisthelsetjenesten på bakgrunn av hva som kommer frem i kartleggingen',
    options: ['Konsultasjonsteam BUP', 'Barneavdelingen', 'CL teamet', 'Barnehabiliteringa', 'BUP'],
  },
  {
    text: 'Andre samarbeidspartnere',
    options: ['Politikontakt for kommunen', 'Felles ansvar', 'Konsultasjonsteam Barnehuset'],
  },
  { text: 'Familietiltak/foreldrestøtte', options: ['TIBIR/PMTO', 'COS', 'ART', 'ICDP'] },
];

describe('Saltdal tiltakstrapp (000 §5) is complete', () => {
  it('has the four levels 0–3', () => {
    expect(SALTDAL.levels.map((l) => l.level)).toEqual([0, 1, 2, 3]);
  });

  it.each(SALTDAL_FROM_SOURCE.map((expected, level) => ({ level, expected })))(
    'nivå $level: every field in the source’s words',
    ({ level, expected }) => {
      const shipped = SALTDAL.levels[level]!;
      expect(shipped.title).toBe(expected.title);
      expect(shipped.problemAreas).toEqual(expected.problemAreas);
      expect(shipped.goals).toEqual(expected.goals);
      expect(shipped.tasks.map((t) => t.text)).toEqual(expected.tasks);
      expect(shipped.evaluation).toEqual(expected.evaluation);
      expect(shipped.partners).toEqual(expected.partners);
      expect(shipped.responsible).toEqual(expected.responsible);
    },
  );

  it('has 35 tasks in all, each with a responsible role', () => {
    const tasks = SALTDAL.levels.flatMap((l) => l.tasks);
    expect(tasks).toHaveLength(SALTDAL_FROM_SOURCE.reduce((n, l) => n + l.tasks.length, 0));
    expect(tasks).toHaveLength(35);
    for (const task of tasks) expect(task.responsible.length, task.id).toBeGreaterThan(0);
  });

  it('names the role the task text itself names', () => {
    const byText = (text: string) => SALTDAL.levels.flatMap((l) => l.tasks).find((t) => t.text.startsWith(text))!;
    expect(byText('Kontaktlærer viderefører').responsible).toEqual(['kontaktlaerer']);
    expect(byText('Dialog skole-helse').responsible).toEqual(['helsesykepleier']);
    expect(byText('Ledelsen tar kontakt').responsible).toEqual(['skoleledelse']);
    expect(byText('Kontaktlærer har ukentlig kontakt med eleven, dersom ansvarsgruppa').responsible).toEqual([
      'kontaktlaerer',
    ]);
  });

  it('marks the written notices (leadership at level 1, avdelingsdirektør at 2 and 3), consent and referral', () => {
    const actions = SALTDAL.levels.map((l) => l.tasks.flatMap((t) => (t.action ? [t.action] : [])));
    expect(actions[1]).toContainEqual({ type: 'written-notice', to: 'skoleledelse' });
    expect(actions[2]).toContainEqual({ type: 'written-notice', to: 'avdelingsdirektor' });
    expect(actions[3]).toContainEqual({ type: 'written-notice', to: 'avdelingsdirektor' });
    expect(actions[2]).toContainEqual({ type: 'consent' });
    expect(actions[2]).toContainEqual({ type: 'referral', to: ['ppt', 'bup', 'barnevern'] });
  });

  it('carries the health service’s own steps as the health partner’s checklist', () => {
    const list = SALTDAL.partnerChecklists.find((c) => c.id === 'helsestasjonen');
    expect(list?.partner).toBe('helsesykepleier');
    expect(list?.steps.map((s) => (s.options ? { text: s.text, options: s.options } : { text: s.text }))).toEqual(
      HEALTH_STEPS_FROM_SOURCE,
    );
  });
});

describe('Jevnaker follow-up routine (004 §4.2)', () => {
  // 004 §4.2, «Rutine for oppfølging av skolefravær med ansvarsfordeling»: Gjøremål → Ansvarlig.
  const ROUTINE: [string, string[]][] = [
    ['Kontaktlærer har kontakt med foresatte ved bekymringsfullt fravær', ['kontaktlaerer']],
    ['Skolen sender ut skriftlig informasjon om fraværet til foresatte i Visma', ['kontaktlaerer']],
    ['Kontaktlærer innkaller eleven og foresatte til et møte.', ['kontaktlaerer']],
    [
      'Skolen kartlegger eleven og situasjonen rundt eleven (bruk vedlegg tiltaksplan BTI)',
      ['kontaktlaerer', 'ressursteam'],
    ],
    ['Skolen, elevene og foresatte lager en samarbeidsavtale med evaluering innenfor gitte tidsrom', ['kontaktlaerer']],
    ['Tiltak iverksettes (BTTI)', ['kontaktlaerer', 'ressursteam']],
    ['Aktørene følger opp og evaluerer tiltakene etter tre uker', ['kontaktlaerer']],
    // «Kontaktlærer, ressursteam og rektor»: rektor is the school leadership.
    ['Vurdere andre instanser inn i saken', ['kontaktlaerer', 'ressursteam', 'skoleledelse']],
  ];

  it('has every task of the routine with its owner, in order', () => {
    expect(JEVNAKER.levels[0]!.tasks.map((t) => [t.text, t.responsible])).toEqual(ROUTINE);
  });

  it('evaluates after three weeks, with the three outcomes decided by the head teacher', () => {
    expect(JEVNAKER.evaluation.defaultAfterDays).toBe(21);
    expect(JEVNAKER.outcomes.solved.text).toBe('Problemet er løst, ytterligere tiltak er ikke nødvendig');
    expect(JEVNAKER.outcomes.better.text).toBe('Bedring, men ikke helt i mål, fortsett arbeidet og pågående tiltak');
    expect(JEVNAKER.outcomes['more-needed'].text).toBe(
      'Mer omfattende innsats kreves, gå til neste nivå i BTTI modellen',
    );
    for (const o of Object.values(JEVNAKER.outcomes)) expect(o.decidedBy).toEqual(['skoleledelse']);
  });

  it('has the next level’s points for absence that is unchanged or rising', () => {
    // 004 §4.2, «Redusere omfanget av skolefraværet».
    expect(JEVNAKER.levels[1]!.tasks.map((t) => t.text)).toEqual([
      'Skolen kaller inn til et nytt samarbeidsmøte',
      'Det avklares hvem som skal ha koordineringsansvaret for videre oppfølging',
      'Det avklares om eleven skal henvises til andre instanser',
      'Det vurderes behov for legeerklæring på fraværet',
      'Skolen gjennomfører en utvidet kartlegging av eleven og situasjonen rundt eleven',
      'Skolen finner nye tiltak rundt eleven',
      'Det systematiske arbeidet rundt eleven fortsetter selv om fraværet blir langvarig',
    ]);
  });
});

describe('Hardanger handlingsplan (003)', () => {
  it('has the levels 0–3 with every sentence of the plan as a task', () => {
    // 003, «Nivå 0» … «Nivå 3».
    expect(HARDANGER.levels.map((l) => l.tasks.map((t) => t.text))).toEqual([
      [
        'Fravær registreres av kontaktlærer/faglærer daglig.',
        'Faglærer har ansvar for å informere kontaktlærer om evt. fravær.',
        'Foresatte skal levere skriftlig melding via Visma til skolen ved alle typer fravær første dag.',
        'Ved bekymring for elevens fravær, drøfter kontaktlærer dette med skolens ledelse/rådgiver.',
      ],
      [
        'Samtale med elev og foresatte sammen.',
        'Enes om målsetting og felles tiltak.',
        'Avtaler nytt møte.',
        'Det blir holdt klasselærermøte hvor alle blir oppdatert.',
      ],
      [
        'Dersom fraværet vedvarer, innkaller kontaktlærer, i samarbeid med skolens ledelse/sosiallærer/rådgiver de foresatte til ny samtale innen en uke. Her deltar også skolens ledelse/sosiallærer/rådgiver og evt. helsesøster.',
        'Formålet er å evaluere elevens frammøte og iverksette tiltak.',
        'Her avklares det også om det er behov for hjelp fra andre hjelpeinstanser.',
        'Dersom det er behov fyller kontaktlærer/skolens ledelse ut henvisninger i samarbeid med foresatte.',
      ],
      ['Bekymringsmelding til Hardanger Barnevern.'],
    ]);
  });

  it('marks the level 3 report so the guardrail applies, and the one-week deadline at level 2', () => {
    expect(HARDANGER.levels[3]!.tasks[0]!.action).toEqual({ type: 'child-welfare-report' });
    expect(HARDANGER.levels[2]!.tasks[0]!.dueWithinDays).toBe(7);
  });
});

describe('every shipped ladder', () => {
  it.each([SALTDAL, JEVNAKER, HARDANGER])(
    '$id: has unique task ids and a default evaluation of three weeks',
    (ladder) => {
      const ids = [...ladder.levels.flatMap((l) => l.tasks), ...ladder.partnerChecklists.flatMap((c) => c.steps)].map(
        (t) => t.id,
      );
      expect(new Set(ids).size).toBe(ids.length);
      expect(ladder.evaluation.defaultAfterDays).toBe(21);
    },
  );
});
