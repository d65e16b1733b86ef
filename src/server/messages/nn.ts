// The server's messages in nynorsk (issue 20, decision 199): each bokmål message, as the code writes it, and
// its nynorsk. `{name}` is a value the code puts in; keep every placeholder. Grouped by the file the message is in.
// tests/mirrors/server-messages.test.ts says which are missing or stale; `node scripts/missing-server-messages.mjs`
// prints the missing ones in this format. Terms: docs/i18n/glossary.md.
import type { Catalogue } from './translate';

export const nn: Catalogue = {
  // src/server/absence/alert-concern.ts
  'Velg minst ett varsel.': 'Vel minst eitt varsel.',
  'Fant ikke varselet.': 'Fann ikkje varselet.',
  'Varslene hører til forskjellige elever; håndter én elev om gangen.':
    'Varsla høyrer til ulike elevar; handter éin elev om gongen.',
  // src/server/absence/calendar.ts
  'Skoleruta eller timeplanen er ugyldig: {value}': 'Skuleruta eller timeplanen er ugyldig: {value}',
  'Skolen har ingen skolerute for skoleåret {schoolYear}–{value}. Administrator må legge den inn først.':
    'Skulen har inga skulerute for skuleåret {schoolYear}–{value}. Administrator må leggje ho inn først.',
  // src/server/absence/contacts.ts
  'Ugyldig tidspunkt for kontakten.': 'Ugyldig tidspunkt for kontakten.',
  'Ugyldig tidspunkt': 'Ugyldig tidspunkt',
  'Kontakten kan ikke være logget på en dato fram i tid.': 'Kontakten kan ikkje vere logga på ein dato fram i tid.',
  'Fram i tid': 'Fram i tid',
  // src/server/absence/events.ts
  'Ugyldig dato «{date}». Bruk ÅÅÅÅ-MM-DD.': 'Ugyldig dato «{date}». Bruk ÅÅÅÅ-MM-DD.',
  'Kan ikke registrere fravær: {closed}.': 'Kan ikkje registrere fråvær: {closed}.',
  '{norwegianDate} er fram i tid. Fravær registreres når det har skjedd; innvilget permisjon kan registreres på forhånd (velg årsak «permisjon»), og foresatte kan melde fravær for dager som kommer.':
    '{norwegianDate} er fram i tid. Fråvær blir registrert når det har skjedd; innvilga permisjon kan registrerast på førehand (vel årsak «permisjon»), og føresette kan melde fråvær for dagar som kjem.',
  'Velg hvilken time eleven var borte.': 'Vel kva time eleven var borte.',
  'Velg fra hvilken time eleven gikk.': 'Vel frå kva time eleven gjekk.',
  'Time {period} finnes ikke: {norwegianDate} har {lessons} timer.':
    'Time {period} finst ikkje: {norwegianDate} har {lessons} timar.',
  'Skriv hvor mange minutter eleven kom for sent.': 'Skriv kor mange minutt eleven kom for seint.',
  'Skriv hvilket fag timen var.': 'Skriv kva fag timen var.',
  'Som faglærer kan du bare registrere fravær og forsentkomming i dine egne timer.':
    'Som faglærar kan du berre registrere fråvær og at elevar kjem for seint, i dine eigne timar.',
  // src/server/absence/place.ts
  'Fant ikke eleven, eller du har ikke tilgang til eleven.':
    'Fann ikkje eleven, eller du har ikkje tilgang til eleven.',
  'Fant ikke barnet.': 'Fann ikkje barnet.',
  'Fant ikke den foresatte til eleven.': 'Fann ikkje den føresette til eleven.',
  'Fant ikke eleven.': 'Fann ikkje eleven.',
  // src/server/absence/profiles.ts
  'Ukjent regelprofil «{id}». Gyldige: {value}.': 'Ukjend regelprofil «{id}». Gyldige: {value}.',
  'Kommunens regelprofil «{id}» er ugyldig: {value}': 'Regelprofilen «{id}» til kommunen er ugyldig: {value}',
  // src/server/access/school-admin.ts
  'Bare skolens administrator kan endre skoleruta og regelprofilen.':
    'Berre administratoren til skulen kan endre skuleruta og regelprofilen.',
  'Fant ikke skolen.': 'Fann ikkje skulen.',
  // src/server/access/teaching-class.ts
  'Fant ikke klassen, eller du underviser ikke i den denne dagen.':
    'Fann ikkje klassen, eller du underviser ikkje i klassen denne dagen.',
  // src/server/access/user-reference.ts
  '{role} finnes ikke som bruker i kommunen.': '{role} finst ikkje som brukar i kommunen.',
  'Ukjent bruker': 'Ukjend brukar',
  '{role} kan ikke være {what}. Velg {wanted}.': '{role} kan ikkje vere {what}. Vel {wanted}.',
  'en foresatts konto': 'kontoen til ein føresett',
  'en ansatts konto': 'kontoen til ein tilsett',
  'en foresatt': 'ein føresett',
  'en ansatt': 'ein tilsett',
  'Feil slags bruker': 'Feil slags brukar',
  '{role} har en deaktivert konto. Velg en annen, eller aktiver kontoen først.':
    '{role} har ein deaktivert konto. Vel ein annan, eller aktiver kontoen først.',
  'Deaktivert bruker': 'Deaktivert brukar',
  '{role} er ikke ansatt ved skolen. Gi brukeren en rolle ved skolen først.':
    '{role} er ikkje tilsett ved skulen. Gi brukaren ei rolle ved skulen først.',
  'Ikke ansatt ved skolen': 'Ikkje tilsett ved skulen',
  'en elevs konto': 'kontoen til ein elev',
  // src/server/app.ts
  'Fant ikke ressursen.': 'Fann ikkje ressursen.',
  'Innloggingen er ikke fullført. Skriv inn engangskoden fra autentiseringsappen, eller logg inn på nytt.':
    'Innlogginga er ikkje fullført. Skriv inn eingongskoden frå autentiseringsappen, eller logg inn på nytt.',
  'Økten er utløpt. Logg inn på nytt.': 'Økta er gått ut. Logg inn på nytt.',
  'Du må logge inn for å bruke Nærvær.': 'Du må logge inn for å bruke Nærvær.',
  'Du har ikke tilgang til dette.': 'Du har ikkje tilgang til dette.',
  'Fant ikke siden eller ressursen.': 'Fann ikkje sida eller ressursen.',
  'Forespørselen manglet gyldig sikkerhetsnøkkel (CSRF). Last siden på nytt og prøv igjen.':
    'Førespurnaden mangla gyldig tryggleiksnøkkel (CSRF). Last sida på nytt og prøv igjen.',
  'Forespørselen kom fra en annen nettside og ble avvist.': 'Førespurnaden kom frå ei anna nettside og vart avvist.',
  'Ugyldig forespørsel: {value}': 'Ugyldig førespurnad: {value}',
  'Innholdet er for stort{limit}. Send mindre om gangen, eller del fila opp.':
    'Innhaldet er for stort{limit}. Send mindre om gongen, eller del fila opp.',
  ': høyst {value} MB kan sendes hit': ': høgst {value} MB kan sendast hit',
  'Innholdet må sendes som JSON (Content-Type: application/json).':
    'Innhaldet må sendast som JSON (Content-Type: application/json).',
  'Forespørselen er ikke gyldig JSON.': 'Førespurnaden er ikkje gyldig JSON.',
  'Adressen inneholder tegn som ikke kan leses (ugyldig prosentkoding). Sjekk lenken.':
    'Adressa inneheld teikn som ikkje kan lesast (ugyldig prosentkoding). Sjekk lenkja.',
  'Forespørselen er ikke gyldig. Sjekk adressen og innholdet.':
    'Førespurnaden er ikkje gyldig. Sjekk adressa og innhaldet.',
  'Noe gikk galt hos oss. Prøv igjen om litt; vedvarer feilen, kontakt support.':
    'Noko gjekk gale hos oss. Prøv igjen om litt; held feilen fram, kontakt brukarstøtta.',
  // src/server/auth/actor-for-user.ts
  'Fant ingen aktiv bruker «{username}».': 'Fann ingen aktiv brukar «{username}».',
  // src/server/auth/lockout.ts
  'Kontoen er midlertidig låst etter for mange mislykkede innloggingsforsøk. Prøv igjen om {minutes} minutter, eller kontakt skolens administrator.':
    'Kontoen er mellombels låst etter for mange mislukka innloggingsforsøk. Prøv igjen om {minutes} minutt, eller kontakt administratoren til skulen.',
  // src/server/auth/national-id-hash.ts
  'NAERVAER_ID_HASH_KEY er ikke satt: fødselsnummer kan ikke kobles til ID-porten før nøkkelen er satt.':
    'NAERVAER_ID_HASH_KEY er ikkje sett: fødselsnummer kan ikkje koplast til ID-porten før nøkkelen er sett.',
  'Et fødselsnummer har elleve sifre.': 'Eit fødselsnummer har elleve siffer.',
  // src/server/auth/oidc.ts
  'Innloggingen kunne ikke fullføres.': 'Innlogginga kunne ikkje fullførast.',
  // src/server/auth/rate-limit.ts
  'For mange mislykkede innloggingsforsøk fra denne maskinen. Vent ett minutt og prøv igjen.':
    'For mange mislukka innloggingsforsøk frå denne maskina. Vent eitt minutt og prøv igjen.',
  // src/server/cases/case-place.ts
  'Fant ikke saken.': 'Fann ikkje saka.',
  // src/server/cases/consents.ts
  'Fant ikke samtykket.': 'Fann ikkje samtykket.',
  // src/server/cases/evaluation.ts
  'Evalueringsdatoen i planen saken følger.': 'Evalueringsdatoen i planen saka følgjer.',
  // src/server/cases/meetings.ts
  'Et møte kan ikke være holdt på en dato fram i tid.': 'Eit møte kan ikkje vere halde på ein dato fram i tid.',
  'Skriv referat fra møtet.': 'Skriv referat frå møtet.',
  'Mangler referat': 'Manglar referat',
  'Neste møte må være etter dette møtet.': 'Neste møte må vere etter dette møtet.',
  'For tidlig': 'For tidleg',
  // src/server/cases/participants.ts
  'Eleven har ingen brukerkonto i Nærvær. La brukeren stå tom for eleven.':
    'Eleven har ingen brukarkonto i Nærvær. La brukaren stå tom for eleven.',
  'Eleven har ingen konto': 'Eleven har ingen konto',
  'Kontoen tilhører ikke en foresatt til denne eleven.': 'Kontoen høyrer ikkje til ein føresett til denne eleven.',
  'Ikke foresatt til eleven': 'Ikkje føresett til eleven',
  // src/server/cases/plans.ts
  'Planen kan ikke lagres: {message} (og {value} til).': 'Planen kan ikkje lagrast: {message} (og {value} til).',
  'Planen kan ikke lagres: {message}.': 'Planen kan ikkje lagrast: {message}.',
  'Fant ikke planen.': 'Fann ikkje planen.',
  '{lead}: {value}': '{lead}: {value}',
  // src/server/cases/referrals.ts
  'Skriv når henvisningen ble sendt.': 'Skriv når tilvisinga vart send.',
  Mangler: 'Manglar',
  'Sendt-datoen kan ikke være fram i tid.': 'Sendt-datoen kan ikkje vere fram i tid.',
  'Svaret kan ikke komme før henvisningen ble sendt.': 'Svaret kan ikkje kome før tilvisinga vart send.',
  'Henvisning til PPT sendes med pedagogisk rapport underskrevet av foresatte. Kryss av når den er underskrevet.':
    'Tilvising til PPT blir send med pedagogisk rapport underskriven av føresette. Kryss av når han er underskriven.',
  'Mangler underskrift': 'Manglar underskrift',
  // src/server/content/save-kommune-definition.ts
  '«{id}» er {shipped} og kan ikke endres. Lagre en kopi med en ny id.':
    '«{id}» er {shipped} og kan ikkje endrast. Lagre ein kopi med ein ny id.',
  'en levert profil': 'ein levert profil',
  Profilen: 'Profilen',
  Profilens: 'Profilen si',
  'en levert tiltakstrapp': 'ei levert tiltakstrapp',
  Tiltakstrappa: 'Tiltakstrappa',
  Tiltakstrappas: 'Tiltakstrappa si',
  '{the} er ikke gyldig ({length} feil).': '{the} er ikkje gyldig ({length} feil).',
  '{its} id «{id}» må være den samme som i adressen («{id2}»).':
    '{its} id «{id}» må vere den same som i adressa («{id2}»).',
  '{the} finnes allerede. Last den på nytt og endre den.': '{the} finst allereie. Last han på nytt og endre han.',
  // src/server/errors.ts
  'Noen andre har endret dette siden du åpnet det. Last siden på nytt for å se den nyeste versjonen, og gjør endringen din igjen.':
    'Nokon andre har endra dette sidan du opna det. Last sida på nytt for å sjå den nyaste versjonen, og gjer endringa di igjen.',
  'Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.':
    'Databasen er ikkje tilgjengeleg akkurat no. Prøv igjen om litt.',
  'Nærvær har svært mange forespørsler akkurat nå. Prøv igjen om noen sekunder.':
    'Nærvær har svært mange førespurnader akkurat no. Prøv igjen om nokre sekund.',
  // src/server/forms/case-forms.ts
  'Skjemaet har én feil. Rett svarene som er merket, og lagre igjen.':
    'Skjemaet har éin feil. Rett svara som er merkte, og lagre igjen.',
  'Skjemaet har {n} feil. Rett svarene som er merket, og lagre igjen.':
    'Skjemaet har {n} feil. Rett svara som er merkte, og lagre igjen.',
  'Datoen skjemaet ble fylt ut kan ikke være fram i tid.': 'Datoen skjemaet vart fylt ut kan ikkje vere fram i tid.',
  'Fant ikke møtet.': 'Fann ikkje møtet.',
  'Saken er avsluttet. Gjenåpne den for å fylle ut eller endre skjema.':
    'Saka er avslutta. Opne ho igjen for å fylle ut eller endre skjema.',
  'Fant ikke skjemaet.': 'Fann ikkje skjemaet.',
  'Skjemaet «{form_id}» versjon {form_version} finnes ikke lenger i content/forms.':
    'Skjemaet «{form_id}» versjon {form_version} finst ikkje lenger i content/forms.',
  // src/server/forms/load-forms.ts
  'Ukjent skjema «{id}». Gyldige: {value}.': 'Ukjend skjema «{id}». Gyldige: {value}.',
  'Skjemaet «{id}» har ikke versjon {version}. Finnes: {value}.':
    'Skjemaet «{id}» har ikkje versjon {version}. Finst: {value}.',
  // src/server/health/health-concerns.ts
  'Rollen din som helsesykepleier er ikke knyttet til noen skole. Be administrator legge til skolene du er helsesykepleier for.':
    'Rolla di som helsesjukepleiar er ikkje knytt til nokon skule. Be administrator leggje til skulane du er helsesjukepleiar for.',
  // src/server/import/decode-text.ts
  'Lagre fila på nytt som CSV UTF-8 (eller «CSV (semikolonseparert)» fra Excel) og prøv igjen.':
    'Lagre fila på nytt som CSV UTF-8 (eller «CSV (semikolonseparert)» frå Excel) og prøv igjen.',
  'Fila kan ikke leses som tekst: linje {line} har byten {hex}, som verken er UTF-8, UTF-16 (med BOM) eller Windows-1252. Er det en CSV-fil? {SAVE_AGAIN}':
    'Fila kan ikkje lesast som tekst: linje {line} har byten {hex}, som verken er UTF-8, UTF-16 (med BOM) eller Windows-1252. Er det ei CSV-fil? {SAVE_AGAIN}',
  'Fila ble lest som UTF-8 ut fra den første megabyten, men linje {line} har byten {hex}, som ikke er gyldig UTF-8. Fila blander tegnsett. {SAVE_AGAIN}':
    'Fila vart lesen som UTF-8 ut frå den første megabyten, men linje {line} har byten {hex}, som ikkje er gyldig UTF-8. Fila blandar teiknsett. {SAVE_AGAIN}',
  'Fila kan ikke leses som tekst: overskriftsraden (linje 1) har NUL-byter. Er det UTF-16 uten BOM, eller ikke en CSV-fil? {SAVE_AGAIN}':
    'Fila kan ikkje lesast som tekst: overskriftsrada (linje 1) har NUL-byte. Er det UTF-16 utan BOM, eller ikkje ei CSV-fil? {SAVE_AGAIN}',
  'Fila ble lest som {toUpperCase} (etter BOM-en), men linje {line} har et tegn som ikke er gyldig {toUpperCase2}. {SAVE_AGAIN}':
    'Fila vart lesen som {toUpperCase} (etter BOM-en), men linje {line} har eit teikn som ikkje er gyldig {toUpperCase2}. {SAVE_AGAIN}',
  // src/server/import/read-events-csv.ts
  'et anførselstegn («"») åpner et felt som aldri lukkes': 'eit hermeteikn («"») opnar eit felt som aldri blir lukka',
  'tegn rett etter et avsluttende anførselstegn («"»); skriv "" for et anførselstegn inne i et felt':
    'teikn rett etter eit avsluttande hermeteikn («"»); skriv "" for eit hermeteikn inne i eit felt',
  'Linje {line} har {length} kolonner; mer enn {maxColumns} leses ikke. Ingenting er importert.':
    'Linje {line} har {length} kolonnar; meir enn {maxColumns} blir ikkje lese. Ingenting er importert.',
  'Linje {line} har en celle med {length} tegn; mer enn {maxCellChars} leses ikke. Ingenting er importert.':
    'Linje {line} har ei celle med {length} teikn; meir enn {maxCellChars} blir ikkje lese. Ingenting er importert.',
  'Fila har mer enn {thousands} rader; del den opp. Ingenting er importert.':
    'Fila har meir enn {thousands} rader; del ho opp. Ingenting er importert.',
  'Linje {nextLine} er lengre enn {thousands} tegn ({maxColumns} kolonner à {maxCellChars} tegn); den leses ikke. Ingenting er importert.':
    'Linje {nextLine} er lengre enn {thousands} teikn ({maxColumns} kolonnar à {maxCellChars} teikn); ho blir ikkje lesen. Ingenting er importert.',
  // src/server/import/read-events-file.ts
  'Lesingen av XLSX-fila ble stoppet etter {round} sekunder. Del fila opp, eller lagre den som CSV. Ingenting er importert.':
    'Lesinga av XLSX-fila vart stoppa etter {round} sekund. Del fila opp, eller lagre ho som CSV. Ingenting er importert.',
  'XLSX-fila trenger mer enn {maxHeapMb} MB minne for å leses, og ble stoppet. Del fila opp, eller lagre den som CSV. Ingenting er importert.':
    'XLSX-fila treng meir enn {maxHeapMb} MB minne for å lesast, og vart stoppa. Del fila opp, eller lagre ho som CSV. Ingenting er importert.',
  'XLSX-lesingen stoppet uventet (kode {code}).': 'XLSX-lesinga stoppa uventa (kode {code}).',
  // src/server/import/xlsx-read.ts
  'Fila kan ikke leses som XLSX (Excel). Lagre den på nytt som .xlsx eller .csv.':
    'Fila kan ikkje lesast som XLSX (Excel). Lagre ho på nytt som .xlsx eller .csv.',
  'Ingenting er importert.': 'Ingenting er importert.',
  'XLSX-fila har mer enn {thousands} tegn i strekk i {name} (en celle eller et felt så langt leses ikke). {NOTHING}':
    'XLSX-fila har meir enn {thousands} teikn i strekk i {name} (ei celle eller eit felt så langt blir ikkje lese). {NOTHING}',
  'XLSX-fila har ingen ark.': 'XLSX-fila har ingen ark.',
  '{where} har en celle med mer enn {thousands} tegn; så lange celler leses ikke. {NOTHING}':
    '{where} har ei celle med meir enn {thousands} teikn; så lange celler blir ikkje lesne. {NOTHING}',
  'Tekstlista i XLSX-fila (sharedStrings)': 'Tekstlista i XLSX-fila (sharedStrings)',
  'Linje {line}': 'Linje {line}',
  'XLSX-fila har mer enn {thousands} ulike tekster; så mange leses ikke. {NOTHING}':
    'XLSX-fila har meir enn {thousands} ulike tekstar; så mange blir ikkje lesne. {NOTHING}',
  'Arket har mer enn {thousands} rader; del fila opp. {NOTHING}':
    'Arket har meir enn {thousands} rader; del fila opp. {NOTHING}',
  'Linje {line} har celler i mer enn {maxColumns} kolonner; så brede ark leses ikke. {NOTHING}':
    'Linje {line} har celler i meir enn {maxColumns} kolonnar; så breie ark blir ikkje lesne. {NOTHING}',
  // src/server/import/zip.ts
  'Fila pakker seg ut til mer enn {mb}; så mye leses ikke fra en opplastet XLSX-fil. Del den opp, eller lagre den som CSV. Ingenting er importert.':
    'Fila pakkar seg ut til meir enn {mb}; så mykje blir ikkje lese frå ei opplasta XLSX-fil. Del ho opp, eller lagre ho som CSV. Ingenting er importert.',
  'XLSX-fila er en Zip64-fil (over 4 GB utpakket eller over 65 535 deler); så store filer leses ikke. Ingenting er importert.':
    'XLSX-fila er ei Zip64-fil (over 4 GB når ho er pakka ut, eller over 65 535 delar); så store filer blir ikkje lesne. Ingenting er importert.',
  'XLSX-fila er kryptert (passordbeskyttet); lagre den uten passord. Ingenting er importert.':
    'XLSX-fila er kryptert (passordverna); lagre ho utan passord. Ingenting er importert.',
  'XLSX-fila bruker en komprimering vi ikke leser (metode {method}); lagre den på nytt fra Excel. Ingenting er importert.':
    'XLSX-fila brukar ei komprimering vi ikkje les (metode {method}); lagre ho på nytt frå Excel. Ingenting er importert.',
  // src/server/installation/accounts.ts
  'Brukernavnet kan ha små bokstaver a–z, sifre og . _ @ - (som «kari.nordmann» eller Feide-navnet «kari@kommune.no»), 2–100 tegn.':
    'Brukarnamnet kan ha små bokstavar a–z, siffer og . _ @ - (som «kari.nordmann» eller Feide-namnet «kari@kommune.no»), 2–100 teikn.',
  'ugyldig brukernavn': 'ugyldig brukarnamn',
  'Navnet må være mellom 2 og 200 tegn.': 'Namnet må vere mellom 2 og 200 teikn.',
  'Brukernavnet «{username}» er allerede i bruk.': 'Brukarnamnet «{username}» er allereie i bruk.',
  'i bruk': 'i bruk',
  // src/server/installation/staff-roles.ts
  'En tjenesterolle kan ikke stå sammen med skole- eller kommuneroller. Lag en egen bruker for tjenesten.':
    'Ei tenesterolle kan ikkje stå saman med skule- eller kommuneroller. Lag ein eigen brukar for tenesta.',
  '{where}: rollen står to ganger.': '{where}: rolla står to gonger.',
  'Rolle {value}': 'Rolle {value}',
  '{where}: bare kommunens administrator kan gi rollen, ikke en skoles administrator.':
    '{where}: berre administratoren til kommunen kan gi rolla, ikkje administratoren til ein skule.',
  '{where}: velg tjenesten rollen gjelder.': '{where}: vel tenesta rolla gjeld.',
  '{where}: tjenesten passer ikke til rollen.': '{where}: tenesta passar ikkje til rolla.',
  '{where}: bare tjenesteroller knyttes til en tjeneste.': '{where}: berre tenesteroller blir knytte til ei teneste.',
  '{where}: rollen gjelder hele kommunen, ikke en skole eller klasse.':
    '{where}: rolla gjeld heile kommunen, ikkje ein skule eller ei klasse.',
  '{where}: velg skolen rollen gjelder.': '{where}: vel skulen rolla gjeld.',
  '{where}: du er ikke administrator ved den skolen, og kan ikke gi roller der.':
    '{where}: du er ikkje administrator ved den skulen, og kan ikkje gi roller der.',
  '{where}: en kontaktlærer må ha en klasse.': '{where}: ein kontaktlærar må ha ei klasse.',
  '{where}: klassen hører ikke til skolen.': '{where}: klassen høyrer ikkje til skulen.',
  '{where}: bare kontaktlærer og faglærer knyttes til en klasse.':
    '{where}: berre kontaktlærar og faglærar blir knytte til ei klasse.',
  'Fant ikke brukeren blant de ansatte ved skolen der du er administrator.':
    'Fann ikkje brukaren blant dei tilsette ved skulen der du er administrator.',
  // src/server/ladder/load-ladders.ts
  'Ukjent tiltakstrapp «{id}». Gyldige: {value}.': 'Ukjend tiltakstrapp «{id}». Gyldige: {value}.',
  // src/server/ladder/resolve-ladder.ts
  'Kommunens tiltakstrapp «{id}» er ugyldig: {value}': 'Tiltakstrappa «{id}» til kommunen er ugyldig: {value}',
  // src/server/measures/list-measures.ts
  'Ukjent årsak «{raw}». Bruk et årsakskort ({value}) eller en utdyping fra årsakskartleggingen (for eksempel {value2}), skilt med komma.':
    'Ukjend årsak «{raw}». Bruk eit årsakskort ({value}) eller ei utdjuping frå årsakskartlegginga (til dømes {value2}), skilde med komma.',
  'Ukjent gruppe «{group}». Gyldige: {value}.': 'Ukjend gruppe «{group}». Gyldige: {value}.',
  // src/server/oversight/owner-figures.ts
  'Ingen skole har skolerute for skoleåret {schoolYear}–{value}.':
    'Ingen skule har skulerute for skuleåret {schoolYear}–{value}.',
  'En skole mangler skolerute for skoleåret.': 'Ein skule manglar skulerute for skuleåret.',
  // src/server/privacy/pupil-school.ts
  'Fant ikke eleven ved din skole.': 'Fann ikkje eleven ved skulen din.',
  // src/server/reviews/review-school.ts
  'Fant ikke skolen, eller du har ikke tilgang til den.': 'Fann ikkje skulen, eller du har ikkje tilgang til han.',
  // src/server/roster/read-bundle.ts
  '{file}: {message}': '{file}: {message}',
  '{file} har mer enn {maxRows} rader; så store filer leses ikke.':
    '{file} har meir enn {maxRows} rader; så store filer blir ikkje lesne.',
  '{file} linje {value} har for mange kolonner eller for lange celler.':
    '{file} linje {value} har for mange kolonnar eller for lange celler.',
  'Fila kan ikke leses som zip. Pakk filene på nytt.': 'Fila kan ikkje lesast som zip. Pakk filene på nytt.',
  'XLSX-fila': 'XLSX-fila',
  'Zip-fila': 'Zip-fila',
  'Zip-fila har to filer som heter {name}.': 'Zip-fila har to filer som heiter {name}.',
  'Zip-fila har ingen CSV- eller XLSX-filer.': 'Zip-fila har ingen CSV- eller XLSX-filer.',
  'Last opp en zip-fil med CSV-filene, eller én mal som .csv eller .xlsx.':
    'Last opp ei zip-fil med CSV-filene, eller éin mal som .csv eller .xlsx.',
  'Finner ikke «{path}».': 'Finn ikkje «{path}».',
  'Mappa «{path}» har ingen CSV- eller XLSX-filer.': 'Mappa «{path}» har ingen CSV- eller XLSX-filer.',
  // src/server/roster/roster-store.ts
  'Brukernavnet {value} er allerede i bruk i en annen kommune. Ingenting er endret.':
    'Brukarnamnet {value} er allereie i bruk i ein annan kommune. Ingenting er endra.',
  '«{u}» er i bruk': '«{u}» er i bruk',
  // src/server/routes/auth.ts
  'Innloggingen er avbrutt. Logg inn på nytt.': 'Innlogginga er avbroten. Logg inn på nytt.',
  // src/server/routes/imports.ts
  'Send fila som text/csv eller {XLSX}.': 'Send fila som text/csv eller {XLSX}.',
  // src/server/routes/roster.ts
  'Send fila som application/zip, text/csv eller XLSX.': 'Send fila som application/zip, text/csv eller XLSX.',
  // src/server/routes/schemas.ts
  'et halvt tegn (ensom surrogat)': 'eit halvt teikn (einsam surrogat)',
  'et usynlig kontrolltegn': 'eit usynleg kontrollteikn',
  'inneholder {name} (U+{padStart}) som tegn nr. {value}, og det kan ikke lagres. Fjern tegnet og prøv igjen':
    'inneheld {name} (U+{padStart}) som teikn nr. {value}, og det kan ikkje lagrast. Fjern teiknet og prøv igjen',
  'Teksten {problem}': 'Teksten {problem}',
  'Et feltnavn {problem}': 'Eit feltnamn {problem}',
  // src/server/school-environment/matters.ts
  'Fant ikke skolemiljøsaken, eller du har ikke tilgang til den.':
    'Fann ikkje skolemiljøsaka, eller du har ikkje tilgang til ho.',
  'Bare skoleledelsen kan føre skolemiljøsaken (aktivitetsplan og trinn).':
    'Berre skuleleiinga kan føre skolemiljøsaka (aktivitetsplan og steg).',
  // src/server/use-cases/act-on-case.ts
  'Eleven har allerede en annen åpen sak.': 'Eleven har allereie ei anna open sak.',
  // src/server/use-cases/activate-plan.ts
  'Planen er allerede aktiv.': 'Planen er allereie aktiv.',
  'Planen er avsluttet og kan ikke aktiveres igjen. Lag en ny plan.':
    'Planen er avslutta og kan ikkje aktiverast igjen. Lag ein ny plan.',
  'Planen kan ikke aktiveres ennå': 'Planen kan ikkje aktiverast enno',
  // src/server/use-cases/add-case-note.ts
  'Saken er avsluttet. Gjenåpne den for å skrive i loggen.': 'Saka er avslutta. Opne ho igjen for å skrive i loggen.',
  'Du kan bare skjerme et notat for din egen tjeneste ({SERVICE_NAME}).':
    'Du kan berre skjerme eit notat for di eiga teneste ({SERVICE_NAME}).',
  'Annen tjeneste': 'Anna teneste',
  'Bare skolens ansatte kan starte aktivitetsplikten fra et notat. Meld fra til rektor.':
    'Berre dei tilsette ved skulen kan starte aktivitetsplikta frå eit notat. Meld frå til rektor.',
  'Ikke for samarbeidspartnere': 'Ikkje for samarbeidspartnarar',
  // src/server/use-cases/add-staff-account.ts
  'Gi brukeren minst én rolle.': 'Gi brukaren minst ei rolle.',
  'minst én rolle': 'minst ei rolle',
  // src/server/use-cases/add-statement.ts
  'Skriv hvem tillitspersonen er': 'Skriv kven tillitspersonen er',
  'Skriv hvilken relasjon personen har til eleven': 'Skriv kva relasjon personen har til eleven',
  'Skriv hva eleven tenker og hva som er viktig for eleven framover':
    'Skriv kva eleven tenkjer og kva som er viktig for eleven framover',
  'Datoen kan ikke være fram i tid': 'Datoen kan ikkje vere fram i tid',
  // src/server/use-cases/attach-consent-scan.ts
  'Skannet samtykke må være PDF, PNG eller JPEG.': 'Skanna samtykke må vere PDF, PNG eller JPEG.',
  'Filen er tom.': 'Fila er tom.',
  'Filen er større enn 5 MB. Skann med lavere oppløsning.': 'Fila er større enn 5 MB. Skann med lågare oppløysing.',
  'Filen er ikke en PDF, selv om navnet eller typen sier det.':
    'Fila er ikkje ein PDF, sjølv om namnet eller typen seier det.',
  'Filen er ikke en PNG, selv om navnet eller typen sier det.':
    'Fila er ikkje ein PNG, sjølv om namnet eller typen seier det.',
  'Filen er ikke en JPEG, selv om navnet eller typen sier det.':
    'Fila er ikkje ein JPEG, sjølv om namnet eller typen seier det.',
  'Samtykket har allerede {MAX_SCANS_PER_CONSENT} skannede vedlegg, som er det meste som lagres for ett samtykke. Det nyeste vises alltid; har samtykket endret seg, registrer et nytt samtykke og legg skanningen ved det.':
    'Samtykket har allereie {MAX_SCANS_PER_CONSENT} skanna vedlegg, som er det meste som blir lagra for eitt samtykke. Det nyaste blir alltid vist; har samtykket endra seg, registrer eit nytt samtykke og legg skanninga ved det.',
  // src/server/use-cases/change-account-roles.ts
  'Du er ikke administrator ved noen skole.': 'Du er ikkje administrator ved nokon skule.',
  'Bare ansatte i skolen kan få skoleroller her.': 'Berre tilsette i skulen kan få skuleroller her.',
  'Du kan ikke ta fra deg din egen administratorrolle. Be en annen administrator om å gjøre det.':
    'Du kan ikkje ta frå deg di eiga administratorrolle. Be ein annan administrator om å gjere det.',
  // src/server/use-cases/change-class.ts
  'Bare administrator ved elevens skole kan flytte eleven til en annen klasse.':
    'Berre administrator ved skulen til eleven kan flytte eleven til ei anna klasse.',
  'Fant ikke klassen eleven skal til.': 'Fann ikkje klassen eleven skal til.',
  'Ukjent klasse': 'Ukjend klasse',
  'Eleven går allerede i den klassen.': 'Eleven går allereie i den klassen.',
  'Ugyldig dato «{on}».': 'Ugyldig dato «{on}».',
  'Eleven har gått i klassen sin siden {norwegianDate}. Flyttedatoen må være etter det.':
    'Eleven har gått i klassen sin sidan {norwegianDate}. Flyttedatoen må vere etter det.',
  'Før eleven begynte i klassen': 'Før eleven byrja i klassen',
  // src/server/use-cases/choose-ladder.ts
  'Bare skolens administrator kan velge tiltakstrapp.': 'Berre administratoren til skulen kan velje tiltakstrapp.',
  // src/server/use-cases/close-plan.ts
  'Planen er allerede avsluttet.': 'Planen er allereie avslutta.',
  // src/server/use-cases/complete-case-task.ts
  'Fant ikke oppgaven.': 'Fann ikkje oppgåva.',
  'Oppgaven er allerede utført.': 'Oppgåva er allereie utført.',
  'Oppgaven er ikke din. Den som har oppgaven, eller den som fører saken, krysser den av.':
    'Oppgåva er ikkje di. Den som har oppgåva, eller den som fører saka, kryssar ho av.',
  'Saken er avsluttet. Gjenåpne den for å legge til oppgaver.':
    'Saka er avslutta. Opne ho igjen for å leggje til oppgåver.',
  // src/server/use-cases/confirm-second-factor.ts
  'Feil engangskode. Skriv inn koden som vises i autentiseringsappen nå.':
    'Feil eingongskode. Skriv inn koden som blir vist i autentiseringsappen no.',
  // src/server/use-cases/correct-absence.ts
  'Fant ikke fraværsregistreringen. Den kan være slettet av noen andre.':
    'Fann ikkje fråværsregistreringa. Ho kan vere sletta av nokon andre.',
  'Eleven har allerede en registrering med samme dag, type og time. Endre den i stedet.':
    'Eleven har allereie ei registrering med same dag, type og time. Endre ho i staden.',
  // src/server/use-cases/create-account.ts
  'Rollen «{input}» kan ikke gis herfra. Velg en av: {value} (admin = administrator). Lærere, tjenester og foresatte kommer fra elevregisteret.':
    'Rolla «{input}» kan ikkje givast herifrå. Vel ei av: {value} (admin = administrator). Lærarar, tenester og føresette kjem frå elevregisteret.',
  'Rollen {role} gjelder én skole: oppgi --school "skolens navn" (lag skolen med «naervaer school create» først).':
    'Rolla {role} gjeld éin skule: oppgi --school "namnet på skulen" (lag skulen med «naervaer school create» først).',
  '{name} har ingen skole som heter «{school}».': '{name} har ingen skule som heiter «{school}».',
  'Rollen {role} gjelder hele kommunen, ikke én skole: ta bort --school.':
    'Rolla {role} gjeld heile kommunen, ikkje éin skule: ta bort --school.',
  // src/server/use-cases/create-kommune.ts
  'Kommunenummeret må være fire sifre (som 3033), ikke «{number}».':
    'Kommunenummeret må vere fire siffer (som 3033), ikkje «{number}».',
  'Kommunenavnet må være mellom 2 og 100 tegn.': 'Kommunenamnet må vere mellom 2 og 100 teikn.',
  'Kommune {number} finnes allerede ({name}).': 'Kommune {number} finst allereie ({name}).',
  'Fant ingen kommune med nummer «{number}». Lag den først med «naervaer kommune create».':
    'Fann ingen kommune med nummer «{number}». Lag han først med «naervaer kommune create».',
  // src/server/use-cases/create-plan.ts
  'Planens innhold er av en annen type enn den valgte.': 'Innhaldet i planen er av ein annan type enn den valde.',
  'Plantype: stemmer ikke med innholdet': 'Plantype: stemmer ikkje med innhaldet',
  'Saken er avsluttet. Gjenåpne den for å lage en ny plan.': 'Saka er avslutta. Opne ho igjen for å lage ein ny plan.',
  // src/server/use-cases/create-school.ts
  'Skolenavnet må være mellom 2 og 200 tegn.': 'Skulenamnet må vere mellom 2 og 200 teikn.',
  'Trinnene må være fra 1 til 10, som «1-7», «8-10» eller «1-10».':
    'Trinna må vere frå 1 til 10, som «1-7», «8-10» eller «1-10».',
  'Organisasjonsnummeret må være ni sifre, ikke «{organisasjonsnummer}».':
    'Organisasjonsnummeret må vere ni siffer, ikkje «{organisasjonsnummer}».',
  '{name} har allerede en skole som heter «{name2}».': '{name} har allereie ein skule som heiter «{name2}».',
  // src/server/use-cases/dismiss-alerts.ts
  'Varselet er allerede avsluttet.': 'Varselet er allereie avslutta.',
  // src/server/use-cases/download-guardian-document.ts
  'Fant ikke dokumentet.': 'Fann ikkje dokumentet.',
  // src/server/use-cases/erase-pupil-case-data.ts
  'Eleven har en åpen sak. Saken må avsluttes før opplysningene kan slettes.':
    'Eleven har ei open sak. Saka må avsluttast før opplysningane kan slettast.',
  'Eleven har en åpen skolemiljøsak. Skolemiljøsaken må avsluttes før opplysningene kan slettes.':
    'Eleven har ei open skolemiljøsak. Skolemiljøsaka må avsluttast før opplysningane kan slettast.',
  'Opplysningene kan ikke slettes fordi arkivlova krever at de bevares. {value}':
    'Opplysningane kan ikkje slettast fordi arkivlova krev at dei blir tekne vare på. {value}',
  '{what}. {title}: {why} ({law})': '{what}. {title}: {why} ({law})',
  'Opplysningene kan ikke slettes ennå. {value}': 'Opplysningane kan ikkje slettast enno. {value}',
  '{what} kan slettes fra {norwegianDate} ({title}).': '{what} kan slettast frå {norwegianDate} ({title}).',
  // src/server/use-cases/export-pupil-data.ts
  Årsak: 'Årsak',
  // src/server/use-cases/finish-oidc-login.ts
  'kravet {identity_claim} mangler': 'kravet {identity_claim} manglar',
  'pid er ikke elleve sifre': 'pid er ikkje elleve siffer',
  'ingen foresatt med dette fødselsnummeret': 'ingen føresett med dette fødselsnummeret',
  'ukjent brukernavn': 'ukjend brukarnamn',
  'demobruker i produksjon': 'demobrukar i produksjon',
  // src/server/use-cases/get-absence-history.ts
  'Fant ikke fraværsregistreringen.': 'Fann ikkje fråværsregistreringa.',
  // src/server/use-cases/get-case-absence-calendar.ts
  'Fraværskalenderen vises bare i en sak der foresatte har samtykket til samarbeid med helsestasjonen.':
    'Fråværskalenderen blir berre vist i ei sak der føresette har samtykt til samarbeid med helsestasjonen.',
  // src/server/use-cases/get-class-adaptations.ts
  'Ugyldig dato «{date}» i «date». Bruk ÅÅÅÅ-MM-DD.': 'Ugyldig dato «{date}» i «date». Bruk ÅÅÅÅ-MM-DD.',
  // src/server/use-cases/get-class-register.ts
  'Fant ikke klassen, eller du har ikke tilgang til den.': 'Fann ikkje klassen, eller du har ikkje tilgang til han.',
  // src/server/use-cases/get-movement-review.ts
  'Velg både fra- og til-dato, eller ingen av dem.': 'Vel både frå- og til-dato, eller ingen av dei.',
  'Mangler dato.': 'Manglar dato.',
  'Skolen har ingen skolerute for dette skoleåret.': 'Skulen har inga skulerute for dette skuleåret.',
  // src/server/use-cases/hand-over-case.ts
  'Stafettholderen må være ansatt ved elevens skole.': 'Stafetthaldaren må vere tilsett ved skulen til eleven.',
  // src/server/use-cases/import-absence.ts
  'Fant ikke skolen, eller du har ikke rett til å importere fravær der.':
    'Fann ikkje skulen, eller du har ikkje rett til å importere fråvær der.',
  'Skolen har ingen skolerute for {year}–{value}; legg den inn før import.':
    'Skulen har inga skulerute for {year}–{value}; legg ho inn før import.',
  '{norwegianDate} er fram i tid. Fravær importeres når det har skjedd; innvilget permisjon kan ligge fram i tid (reason permisjon).':
    '{norwegianDate} er fram i tid. Fråvær blir importert når det har skjedd; innvilga permisjon kan liggje fram i tid (reason permisjon).',
  'ukjent elev «{studentId}» ved skolen': 'ukjend elev «{studentId}» ved skulen',
  'time {period} finnes ikke, {className} har {lessonCount} timer {norwegianDate}':
    'time {period} finst ikkje, {className} har {lessonCount} timar {norwegianDate}',
  'Fila mangler kolonner i overskriftsraden. Ingenting er importert.':
    'Fila manglar kolonnar i overskriftsrada. Ingenting er importert.',
  'Importen ble avvist: {problemCount} rad har feil. Ingenting er importert.{shown}':
    'Importen vart avvist: {problemCount} rad har feil. Ingenting er importert.{shown}',
  'Importen ble avvist: {problemCount} rader har feil. Ingenting er importert.{shown}':
    'Importen vart avvist: {problemCount} rader har feil. Ingenting er importert.{shown}',
  ' De første {length} er listet; last ned rapporten for alle.':
    ' Dei første {length} er lista; last ned rapporten for alle.',
  // src/server/use-cases/issue-password-link.ts
  'Kontoen er deaktivert. Aktiver den først.': 'Kontoen er deaktivert. Aktiver han først.',
  'Demobrukere har faste passord.': 'Demobrukarar har faste passord.',
  // src/server/use-cases/link-health-concern-case.ts
  'Undringen er allerede knyttet til en sak.': 'Undringa er allereie knytt til ei sak.',
  'Undring fra helsesykepleier: {text}': 'Undring frå helsesjukepleiar: {text}',
  // src/server/use-cases/log-contact.ts
  'Varselet hører ikke til denne eleven.': 'Varselet høyrer ikkje til denne eleven.',
  // src/server/use-cases/log-in.ts
  'Feil brukernavn eller passord.': 'Feil brukarnamn eller passord.',
  'Demobrukere kan ikke logge inn når Nærvær kjører i produksjonsmodus.':
    'Demobrukarar kan ikkje logge inn når Nærvær køyrer i produksjonsmodus.',
  'Kommunen har slått av innlogging med passord. Logg inn med Feide, ID-porten eller HelseID.':
    'Kommunen har slått av innlogging med passord. Logg inn med Feide, ID-porten eller HelseID.',
  // src/server/use-cases/mark-inbox-read.ts
  'Fant ikke meldingen.': 'Fann ikkje meldinga.',
  // src/server/use-cases/open-case.ts
  'Eleven har allerede en åpen sak. Fortsett i den.': 'Eleven har allereie ei open sak. Hald fram i ho.',
  'Ukjent varsel': 'Ukjend varsel',
  // src/server/use-cases/plan-meeting.ts
  'Saken er avsluttet. Gjenåpne den for å planlegge møter.': 'Saka er avslutta. Opne ho igjen for å planleggje møte.',
  // src/server/use-cases/print-activity-plan.ts
  'Saken har ingen aktivitetsplan ennå.': 'Saka har ingen aktivitetsplan enno.',
  // src/server/use-cases/print-minutes.ts
  'Møtet har ikke referat ennå.': 'Møtet har ikkje referat enno.',
  'Eleven har fortrolig eller strengt fortrolig adresse. Referatet kan bare skrives ut til hjemmet etter at skoleledelsen har bekreftet hvordan det sendes.':
    'Eleven har fortruleg eller strengt fortruleg adresse. Referatet kan berre skrivast ut til heimen etter at skuleleiinga har stadfesta korleis det blir sendt.',
  // src/server/use-cases/raise-health-concern.ts
  'Fant ikke eleven ved skolene du er helsesykepleier for.':
    'Fann ikkje eleven ved skulane du er helsesjukepleiar for.',
  // src/server/use-cases/read-consent-scan.ts
  'Det er ikke lagt ved noe skannet samtykke.': 'Det er ikkje lagt ved noko skanna samtykke.',
  // src/server/use-cases/record-absence.ts
  '{period}. time er allerede registrert for eleven denne dagen. Endre den registreringen, eller registrer de andre timene hver for seg.':
    '{period}. time er allereie registrert for eleven denne dagen. Endre den registreringa, eller registrer dei andre timane kvar for seg.',
  'Dette fraværet er allerede registrert for eleven (samme dag, type og time). Endre den registreringen i stedet.':
    'Dette fråværet er allereie registrert for eleven (same dag, type og time). Endre den registreringa i staden.',
  'Bare en time kan registreres som dobbelttime («til og med time»).':
    'Berre ein time kan registrerast som dobbeltime («til og med time»).',
  'Bare for en time': 'Berre for ein time',
  '«Til og med time» må være samme eller en senere time.': '«Til og med time» må vere same eller ein seinare time.',
  'Før første time': 'Før første time',
  // src/server/use-cases/record-assessment.ts
  'Datoen kan ikke være fram i tid.': 'Datoen kan ikkje vere fram i tid.',
  'En midlertidig sakkyndig uttalelse må si hvor lenge den gjelder.':
    'Ei mellombels sakkunnig fråsegn må seie kor lenge ho gjeld.',
  // src/server/use-cases/record-consent.ts
  'Saken er avsluttet. Et samtykke gjelder til saken avsluttes, så det registreres i en åpen sak.':
    'Saka er avslutta. Eit samtykke gjeld til saka blir avslutta, så det blir registrert i ei open sak.',
  'En person som skal holdes utenfor, er ikke en samarbeidspartner i kommunen.':
    'Ein person som skal haldast utanfor, er ikkje ein samarbeidspartnar i kommunen.',
  // src/server/use-cases/record-observation.ts
  'Observasjonen kan ikke være datert fram i tid.': 'Observasjonen kan ikkje vere datert fram i tid.',
  '«{ruleId}» er ikke en observasjonsregel i skolens regelprofil.':
    '«{ruleId}» er ikkje ein observasjonsregel i regelprofilen til skulen.',
  'Ukjent observasjonsregel': 'Ukjend observasjonsregel',
  // src/server/use-cases/record-school-environment-step.ts
  'Skriv hva undersøkelsen fant': 'Skriv kva undersøkinga fann',
  'Skriv hvordan tiltakene har virket': 'Skriv korleis tiltaka har verka',
  'Skriv hvorfor saken avsluttes': 'Skriv kvifor saka blir avslutta',
  'Saken er allerede avsluttet.': 'Saka er allereie avslutta.',
  'Datoen kan ikke være før noen fikk vite om saken.': 'Datoen kan ikkje vere før nokon fekk vite om saka.',
  'Før saken startet': 'Før saka starta',
  'Lag aktivitetsplanen før tiltakene evalueres.': 'Lag aktivitetsplanen før tiltaka blir evaluerte.',
  // src/server/use-cases/remove-participant.ts
  'Fant ikke deltakeren.': 'Fann ikkje deltakaren.',
  // src/server/use-cases/replace-class-timetable.ts
  'Fant ikke klassen ved skolen du administrerer.': 'Fann ikkje klassen ved skulen du administrerer.',
  'Time {period} på ukedag {weekday} står to ganger (rad {value}).':
    'Time {period} på vekedag {weekday} står to gonger (rad {value}).',
  'Dobbel time': 'Dobbel time',
  'Timene på ukedag {wd} må være nummerert 1, 2, 3 … uten hull.':
    'Timane på vekedag {wd} må vere nummererte 1, 2, 3 … utan hol.',
  'Hull i timene på ukedag {wd}': 'Hol i timane på vekedag {wd}',
  // src/server/use-cases/reply-as-guardian.ts
  'Skriv svaret.': 'Skriv svaret.',
  'Svaret kan være høyst {MAX_REPLY_LENGTH} tegn.': 'Svaret kan vere høgst {MAX_REPLY_LENGTH} teikn.',
  'Høyst {MAX_REPLY_LENGTH} tegn': 'Høgst {MAX_REPLY_LENGTH} teikn',
  'Svar på ett dokument eller én møteinnkalling.': 'Svar på eitt dokument eller ei møteinnkalling.',
  // src/server/use-cases/report-absence-as-guardian.ts
  'Hele {formatNorwegian} er allerede meldt eller registrert som fravær.':
    'Heile {formatNorwegian} er allereie meldt eller registrert som fråvær.',
  'Ugyldig fra-dato «{from}».': 'Ugyldig frå-dato «{from}».',
  'Ugyldig til-dato «{to}».': 'Ugyldig til-dato «{to}».',
  'Til-datoen kommer før fra-datoen.': 'Til-datoen kjem før frå-datoen.',
  'Fravær kan meldes for i dag og framover. For dager som har vært, kontakt skolen.':
    'Fråvær kan meldast for i dag og framover. For dagar som har vore, kontakt skulen.',
  'Meld høyst {MAX_REPORT_DAYS} dager om gangen; ved lengre fravær, kontakt skolen.':
    'Meld høgst {MAX_REPORT_DAYS} dagar om gongen; ved lengre fråvær, kontakt skulen.',
  'Del av en dag meldes for én dag om gangen.': 'Del av ein dag blir meld for éin dag om gongen.',
  'Velg fra hvilken time barnet er borte.': 'Vel frå kva time barnet er borte.',
  'Skriv omtrent hvor mange minutter barnet kommer for sent.': 'Skriv omtrent kor mange minutt barnet kjem for seint.',
  'Ingen skoledager i perioden: {value}.': 'Ingen skuledagar i perioden: {value}.',
  'Ingen skoledager i perioden.': 'Ingen skuledagar i perioden.',
  // src/server/use-cases/reset-second-factor.ts
  'Fant ikke brukeren.': 'Fann ikkje brukaren.',
  // src/server/use-cases/save-activity-plan.ts
  'Aktivitetsplanen mangler noe loven krever (opplæringslova § 12-4).':
    'Aktivitetsplanen manglar noko lova krev (opplæringslova § 12-4).',
  'Skriv hvilket problem tiltakene skal løse': 'Skriv kva problem tiltaka skal løyse',
  'Planen må ha minst ett tiltak': 'Planen må ha minst eitt tiltak',
  'Skriv hva tiltaket er': 'Skriv kva tiltaket er',
  'Skriv når tiltaket gjennomføres': 'Skriv når tiltaket blir gjennomført',
  'Skriv hvem som er ansvarlig': 'Skriv kven som er ansvarleg',
  'Velg når tiltakene skal evalueres (ÅÅÅÅ-MM-DD)': 'Vel når tiltaka skal evaluerast (ÅÅÅÅ-MM-DD)',
  'Saken er avsluttet; planen kan ikke endres.': 'Saka er avslutta; planen kan ikkje endrast.',
  // src/server/use-cases/save-my-checkin.ts
  'Du har ingen oppfølging på skolen nå, så det er ingen som skal lese svaret.':
    'Du har inga oppfølging på skulen no, så det er ingen som skal lese svaret.',
  'Fant ikke svaret ditt for denne uka.': 'Fann ikkje svaret ditt for denne veka.',
  // src/server/use-cases/save-oidc-provider.ts
  'Kortnavnet «{slug}» er allerede i bruk. Velg et annet.': 'Kortnamnet «{slug}» er allereie i bruk. Vel eit anna.',
  'Fant ikke innloggingstjenesten. Den kan være fjernet allerede.':
    'Fann ikkje innloggingstenesta. Ho kan vere fjerna allereie.',
  // src/server/use-cases/save-skolerute.ts
  'Skoleruta er ikke gyldig: {value}': 'Skuleruta er ikkje gyldig: {value}',
  'closed: «{name}» ({norwegianDate}–{norwegianDate2}) ligger utenfor skoleåret {norwegianDate3}–{norwegianDate4}':
    'closed: «{name}» ({norwegianDate}–{norwegianDate2}) ligg utanfor skuleåret {norwegianDate3}–{norwegianDate4}',
  'Skoleruta for dette skoleåret finnes allerede. Last siden på nytt og endre den.':
    'Skuleruta for dette skuleåret finst allereie. Last sida på nytt og endre ho.',
  // src/server/use-cases/send-my-meeting-wish.ts
  'Skriv noe du vil at de voksne skal vite, eller velg hvem du vil ha med.':
    'Skriv noko du vil at dei vaksne skal vite, eller vel kven du vil ha med.',
  'Skriv noe, eller velg hvem du vil ha med': 'Skriv noko, eller vel kven du vil ha med',
  // src/server/use-cases/send-to-guardians.ts
  'Skolemiljøsaken har ingen aktivitetsplan ennå.': 'Skolemiljøsaka har ingen aktivitetsplan enno.',
  'Eleven har fortrolig eller strengt fortrolig adresse. Bare skoleledelsen kan sende til foresatte, etter å ha bekreftet at det er trygt.':
    'Eleven har fortruleg eller strengt fortruleg adresse. Berre skuleleiinga kan sende til føresette, etter å ha stadfesta at det er trygt.',
  'Et utkast sendes ikke til foresatte. Ta planen i bruk først.':
    'Eit utkast blir ikkje sendt til føresette. Ta planen i bruk først.',
  // src/server/use-cases/set-adaptation-followed.ts
  '«Fulgt i dag» kan bare bekreftes eller angres samme dag (feltet «date»).':
    '«Følgt i dag» kan berre stadfestast eller angrast same dag (feltet «date»).',
  'Bare i dag': 'Berre i dag',
  'Fant ikke tilretteleggingen for en elev i klassen (feltet «noteId»).':
    'Fann ikkje tilrettelegginga for ein elev i klassen (feltet «noteId»).',
  // src/server/use-cases/set-class-substitutes.ts
  Vikaren: 'Vikaren',
  // src/server/use-cases/set-guardian-protected-address.ts
  'Bare skoleledelsen ved elevens skole kan sette fortrolig adresse.':
    'Berre skuleleiinga ved skulen til eleven kan setje fortruleg adresse.',
  // src/server/use-cases/set-guardian-restriction.ts
  'Skriv grunnlaget for begrensningen, for eksempel «avgjørelse fra domstol».':
    'Skriv grunnlaget for avgrensinga, til dømes «avgjerd frå domstol».',
  'Grunnlaget mangler': 'Grunnlaget manglar',
  'Bare skoleledelsen ved elevens skole kan begrense retten til informasjon.':
    'Berre skuleleiinga ved skulen til eleven kan avgrense retten til informasjon.',
  // src/server/use-cases/set-health-concern-status.ts
  'Fant ikke undringen, eller du har ikke tilgang til den.': 'Fann ikkje undringa, eller du har ikkje tilgang til ho.',
  'Undringen er allerede fulgt opp.': 'Undringa er allereie følgd opp.',
  'Undringen er allerede merket som mottatt.': 'Undringa er allereie merkt som motteken.',
  // src/server/use-cases/set-my-family-language.ts
  'Fant ingen foresatt knyttet til kontoen.': 'Fann ingen føresett knytt til kontoen.',
  // src/server/use-cases/set-password-login.ts
  'Minst én nødadministrator må beholde passordinnlogging før den slås av for de andre («naervaer oidc emergency-admin»).':
    'Minst éin naudadministrator må behalde passordinnlogging før ho blir slått av for dei andre («naervaer oidc emergency-admin»).',
  'Fant ingen bruker «{username}» i {name}.': 'Fann ingen brukar «{username}» i {name}.',
  '«{username}» er ikke administrator; bare administratorer kan være nødadministrator.':
    '«{username}» er ikkje administrator; berre administratorar kan vere naudadministrator.',
  // src/server/use-cases/set-password.ts
  'Lenken er ugyldig, allerede brukt eller utløpt. Be den som laget kontoen din om en ny lenke.':
    'Lenkja er ugyldig, allereie brukt eller gått ut. Be den som laga kontoen din om ei ny lenkje.',
  // src/server/use-cases/set-same-day-notice-time.ts
  'Varselet må gå før skoledagen er slutt, før kl. {replace}.':
    'Varselet må gå før skuledagen er slutt, før kl. {replace}.',
  'Velg et klokkeslett før {replace}': 'Vel eit klokkeslett før {replace}',
  // src/server/use-cases/set-user-disabled.ts
  'Du kan ikke deaktivere din egen konto. Be en annen administrator om å gjøre det.':
    'Du kan ikkje deaktivere din eigen konto. Be ein annan administrator om å gjere det.',
  // src/server/use-cases/set-weekly-contact.ts
  'Saken er avsluttet; den ukentlige kontakten kan ikke endres.':
    'Saka er avslutta; den vekentlege kontakten kan ikkje endrast.',
  // src/server/use-cases/start-oidc-login.ts
  'Fant ikke denne innloggingstjenesten.': 'Fann ikkje denne innloggingstenesta.',
  // src/server/use-cases/start-school-environment-matter.ts
  'Datoen du fikk vite om det, kan ikke være fram i tid.': 'Datoen du fekk vite om det, kan ikkje vere fram i tid.',
  // src/server/use-cases/sync-roster.ts
  'Fant verken en OneRoster-pakke (orgs.csv og users.csv) eller Nærværs maler (skoler, klasser, elever, foresatte, ansatte).':
    'Fann verken ein OneRoster-pakke (orgs.csv og users.csv) eller malane til Nærvær (skular, klassar, elevar, føresette, tilsette).',
  // src/server/use-cases/take-over-case.ts
  'Bare ledelsen ved elevens nye skole kan overta saken.':
    'Berre leiinga ved den nye skulen til eleven kan ta over saka.',
  'Saken hører allerede til skolen.': 'Saka høyrer allereie til skulen.',
  'Bare åpne saker overtas.': 'Berre opne saker blir tekne over.',
  // src/server/use-cases/take-register.ts
  'Ugyldig dato. Bruk ÅÅÅÅ-MM-DD.': 'Ugyldig dato. Bruk ÅÅÅÅ-MM-DD.',
  'En dag som ikke har kommet ennå, kan ikke føres som registrert.':
    'Ein dag som ikkje har kome enno, kan ikkje førast som registrert.',
  'Det registreres ikke fravær denne dagen: {closed}.': 'Det blir ikkje registrert fråvær denne dagen: {closed}.',
  'Ikke en skoledag': 'Ikkje ein skuledag',
  // src/server/use-cases/tick-partner-checklist-step.ts
  'Saken er avsluttet. Sjekklisten kan ikke endres.': 'Saka er avslutta. Sjekklista kan ikkje endrast.',
  'Fant ikke steget i helsestasjonens sjekkliste for denne saken.':
    'Fann ikkje steget i sjekklista til helsestasjonen for denne saka.',
  // src/server/use-cases/update-plan.ts
  'Planen er avsluttet og kan ikke endres. Lag en ny plan.':
    'Planen er avslutta og kan ikkje endrast. Lag ein ny plan.',
  'Planen er aktiv, og endringen ville gjort at den ikke lenger holder kravene':
    'Planen er aktiv, og endringa ville gjort at han ikkje lenger held krava',
  // src/server/use-cases/update-referral.ts
  'Fant ikke henvisningen.': 'Fann ikkje tilvisinga.',
  'Tjenesten kan ikke endres; lag en ny henvisning.': 'Tenesta kan ikkje endrast; lag ei ny tilvising.',
  // src/server/use-cases/what-if-rule-profile.ts
  'Profilen er ikke gyldig ({length} feil).': 'Profilen er ikkje gyldig ({length} feil).',
  // src/server/use-cases/withdraw-consent.ts
  'Skriv hvem som trakk samtykket tilbake, og hvordan (for eksempel «mor ringte»).':
    'Skriv kven som trekte samtykket tilbake, og korleis (til dømes «mor ringde»).',
  // src/server/use-cases/write-guardian-letter.ts
  'Eleven har fortrolig eller strengt fortrolig adresse. Brev kan bare lages etter at skoleledelsen har bekreftet hvordan det skal sendes.':
    'Eleven har fortruleg eller strengt fortruleg adresse. Brev kan berre lagast etter at skuleleiinga har stadfesta korleis det skal sendast.',
  'Eleven har fortrolig eller strengt fortrolig adresse. Bekreft at skoleledelsen har avklart hvordan brevet sendes, og prøv igjen.':
    'Eleven har fortruleg eller strengt fortruleg adresse. Stadfest at skuleleiinga har avklart korleis brevet blir sendt, og prøv igjen.',
  // src/server/versioned.ts
  'Fant ikke det du prøvde å endre.': 'Fann ikkje det du prøvde å endre.',
  // src/domain/absence/events-file.ts
  'kolonnen mangler i overskriftsraden (forventet {value})': 'kolonnen manglar i overskriftsrada (venta {value})',
  'samme elev, dato, type og time som linje {earlier}': 'same elev, dato, type og time som linje {earlier}',
  // src/domain/calendar/calendar.ts
  '{field}: mangler (bruk ÅÅÅÅ-MM-DD)': '{field}: manglar (bruk ÅÅÅÅ-MM-DD)',
  'schoolYear: mangler (f.eks. «2025-2026»)': 'schoolYear: manglar (t.d. «2025-2026»)',
  'schoolYear: må se ut som «2025-2026»': 'schoolYear: må sjå ut som «2025-2026»',
  'closed.name: mangler': 'closed.name: manglar',
  'closed.name: kan ikke være tom': 'closed.name: kan ikkje vere tom',
  'closed: hvert element må være {"from", "to", "name"}': 'closed: kvart element må vere {"from", "to", "name"}',
  'closed: må være en liste': 'closed: må vere ei liste',
  'lessonsPerWeekday: må være tall': 'lessonsPerWeekday: må vere tal',
  'lessonsPerWeekday: må være hele tall': 'lessonsPerWeekday: må vere heile tal',
  'lessonsPerWeekday: kan ikke være negativt': 'lessonsPerWeekday: kan ikkje vere negativt',
  'lessonsPerWeekday: høyst 12 timer per dag': 'lessonsPerWeekday: høgst 12 timar per dag',
  'lessonsPerWeekday: mangler (fem tall, mandag–fredag)': 'lessonsPerWeekday: manglar (fem tal, måndag–fredag)',
  'lessonsPerWeekday: må ha fem tall, mandag–fredag': 'lessonsPerWeekday: må ha fem tal, måndag–fredag',
  'timetable: må være fem lister med fag': 'timetable: må vere fem lister med fag',
  'timetable: må ha fem lister, mandag–fredag': 'timetable: må ha fem lister, måndag–fredag',
  'kalenderen må være et JSON-objekt': 'kalenderen må vere eit JSON-objekt',
  'lastDay: må komme etter firstDay': 'lastDay: må kome etter firstDay',
  'springStarts: må ligge etter firstDay og senest på lastDay':
    'springStarts: må liggje etter firstDay og seinast på lastDay',
  'schoolYear: «{schoolYear}» passer ikke med firstDay {firstDay}':
    'schoolYear: «{schoolYear}» passar ikkje med firstDay {firstDay}',
  'closed[{i}] («{name}»): to kommer før from': 'closed[{i}] («{name}»): to kjem før from',
  'timetable[{i}]: har {length} timer, men lessonsPerWeekday sier {lessonsPerWeekday}':
    'timetable[{i}]: har {length} timar, men lessonsPerWeekday seier {lessonsPerWeekday}',
  // src/domain/cases/transition-checklist.ts
  'id: bare små bokstaver a–z, sifre og bindestrek': 'id: berre små bokstavar a–z, siffer og bindestrek',
  'title: mangler': 'title: manglar',
  'source: mangler': 'source: manglar',
  'text: kan ikke være tom': 'text: kan ikkje vere tom',
  'tasks: minst én oppgave': 'tasks: minst ei oppgåve',
  // src/domain/consent/consent.ts
  'Ukjent tjeneste «{s}».': 'Ukjend teneste «{s}».',
  'Kryss av minst én tjeneste det samtykkes til.': 'Kryss av minst ei teneste det blir samtykt til.',
  'Spesifiser hvilken spesialisthelsetjeneste.': 'Spesifiser kva spesialisthelseteneste.',
  'Skriv hvilke andre tjenester.': 'Skriv kva andre tenester.',
  'Velg minst én foresatt som har tatt stilling.': 'Vel minst éin føresett som har teke stilling.',
  'En valgt foresatt er ikke registrert som foresatt for eleven.':
    'Ein vald føresett er ikkje registrert som føresett for eleven.',
  'Eleven er {OWN_CONSENT_AGE} år eller eldre og må selv samtykke.':
    'Eleven er {OWN_CONSENT_AGE} år eller eldre og må sjølv samtykkje.',
  'Eleven er under {OWN_CONSENT_AGE} år; samtykket gis av de foresatte.':
    'Eleven er under {OWN_CONSENT_AGE} år; samtykket blir gitt av dei føresette.',
  'Skriv hvilken informasjon familien har fått om tjenestene.': 'Skriv kva informasjon familien har fått om tenestene.',
  'Skriv hva samtykket gjelder (omfang).': 'Skriv kva samtykket gjeld (omfang).',
  'Skriv tjenestestedet der samtykket ble innhentet.': 'Skriv tenestestaden der samtykket vart henta inn.',
  // src/domain/forms/answers.ts
  'må være et objekt med svar per spørsmål': 'må vere eit objekt med svar per spørsmål',
  // src/domain/forms/form-schema.ts
  'bare små bokstaver a–z, sifre og bindestrek': 'berre små bokstavar a–z, siffer og bindestrek',
  'kan ikke være tom': 'kan ikkje vere tom',
  'må være en liste av tekster': 'må vere ei liste av tekstar',
  'må være en tekst': 'må vere ein tekst',
  'må være et tall': 'må vere eit tal',
  'må være et helt {what}': 'må vere eit heilt {what}',
  'må være true eller false': 'må vere true eller false',
  'må være en liste': 'må vere ei liste',
  'minst ett valg': 'minst eitt val',
  'minst {min} valg': 'minst {min} val',
  'må være «text», «date», «scale», «plus-minus», «choice» eller «colour»':
    'må vere «text», «date», «scale», «plus-minus», «choice» eller «colour»',
  'kan ikke være negativ': 'kan ikkje vere negativ',
  'må være en av {value}': 'må vere ein av {value}',
  'må være en liste av ukedager': 'må vere ei liste av vekedagar',
  'minst én dag': 'minst éin dag',
  'minst én time': 'minst éin time',
  'må være «fixed», «free» eller «timetable»': 'må vere «fixed», «free» eller «timetable»',
  'minst én kolonne': 'minst éin kolonne',
  'må være «text», «date», «scale», «plus-minus», «single-choice», «multiple-choice», «checklist», «table» eller «cards»':
    'må vere «text», «date», «scale», «plus-minus», «single-choice», «multiple-choice», «checklist», «table» eller «cards»',
  'minst ett spørsmål': 'minst eitt spørsmål',
  'må være «elev», «foresatte», «elev-og-foresatte» eller «skolen»':
    'må vere «elev», «foresatte», «elev-og-foresatte» eller «skolen»',
  'minst én seksjon': 'minst éin seksjon',
  // src/domain/forms/registry.ts
  'ukjent skjema «{formId}»': 'ukjend skjema «{formId}»',
  '«{formId}» har ikke versjon {version} (finnes: {value})': '«{formId}» har ikkje versjon {version} (finst: {value})',
  // src/domain/health/health-concern.ts
  'Velg grunnlaget for å melde undringen til skolen: samtykke fra foresatte, eller elevens eget samtykke når eleven er 16 år eller eldre. Uten samtykke kan helsetjenesten ikke dele dette med skolen.':
    'Vel grunnlaget for å melde undringa til skulen: samtykke frå føresette, eller eige samtykke frå eleven når eleven er 16 år eller eldre. Utan samtykke kan ikkje helsetenesta dele dette med skulen.',
  'Skriv datoen samtykket ble gitt (DD.MM.ÅÅÅÅ).': 'Skriv datoen samtykket vart gitt (DD.MM.ÅÅÅÅ).',
  'Samtykkedatoen kan ikke være etter i dag.': 'Samtykkedatoen kan ikkje vere etter i dag.',
  'Skriv navnet på den av foresatte som samtykket.': 'Skriv namnet på den av føresette som samtykte.',
  'Eleven var under {OWN_CONSENT_AGE} år da samtykket ble gitt, og kan ikke selv samtykke til at helsetjenesten deler dette med skolen. Innhent samtykke fra foresatte.':
    'Eleven var under {OWN_CONSENT_AGE} år då samtykket vart gitt, og kan ikkje sjølv samtykkje til at helsetenesta deler dette med skulen. Hent inn samtykke frå føresette.',
  // src/domain/inbox/notice-settings.ts
  'må være et klokkeslett TT:MM, for eksempel 09:30': 'må vere eit klokkeslett TT:MM, til dømes 09:30',
  'må være minst 1 dag': 'må vere minst 1 dag',
  'må være høyst 365 dager': 'må vere høgst 365 dagar',
  'bare små bokstaver, sifre og bindestrek': 'berre små bokstavar, siffer og bindestrek',
  '«at» må være før «until»': '«at» må vere før «until»',
  // src/domain/ladder/case-machine.ts
  'Evalueringsdatoen må være etter {norwegianDate}.': 'Evalueringsdatoen må vere etter {norwegianDate}.',
  // src/domain/ladder/child-welfare-guardrail.ts
  'En bekymringsmelding til barneverntjenesten kan bare loggføres sammen med skolens dokumenterte helhetsvurdering. Høyt skolefravær alene er ikke grunnlag for melding.':
    'Ei bekymringsmelding til barnevernstenesta kan berre bli loggført saman med den dokumenterte heilskapsvurderinga til skulen. Høgt skulefråvær åleine er ikkje grunnlag for melding.',
  'Helhetsvurderingen er ikke dokumentert: skriv {value}.': 'Heilskapsvurderinga er ikkje dokumentert: skriv {value}.',
  'Helhetsvurderingen mangler en gyldig dato (ÅÅÅÅ-MM-DD).':
    'Heilskapsvurderinga manglar ein gyldig dato (ÅÅÅÅ-MM-DD).',
  'Meldingen mangler en gyldig dato (ÅÅÅÅ-MM-DD).': 'Meldinga manglar ein gyldig dato (ÅÅÅÅ-MM-DD).',
  'Helhetsvurderingen må være gjort før eller samme dag som meldingen sendes.':
    'Heilskapsvurderinga må vere gjord før eller same dag som meldinga blir send.',
  // src/domain/ladder/ladder-schema.ts
  'må være en liste av roller': 'må vere ei liste av roller',
  'minst én ansvarlig rolle': 'minst ei ansvarleg rolle',
  'må være en liste av tjenester': 'må vere ei liste av tenester',
  'minst én tjeneste': 'minst ei teneste',
  'må være «meeting», «written-notice», «plan», «consent», «referral», «evaluation» eller «child-welfare-report»':
    'må vere «meeting», «written-notice», «plan», «consent», «referral», «evaluation» eller «child-welfare-report»',
  'må være «meeting», «form», «plan», «consent» eller «referral»':
    'må vere «meeting», «form», «plan», «consent» eller «referral»',
  'må være et helt antall dager': 'må vere eit heilt tal dagar',
  'må være et helt tall': 'må vere eit heilt tal',
  'minst én oppgave': 'minst ei oppgåve',
  'minst ett steg': 'minst eitt steg',
  'minst ett nivå': 'minst eitt nivå',
  'brukt av mer enn én oppgave i tiltakstrappen': 'brukt av meir enn ei oppgåve i tiltakstrappa',
  'teksten sier at det meldes til barneverntjenesten; merk oppgaven med {"type": "child-welfare-report"} eller en henvisning med "barnevern" i "to", så sperren for bekymringsmelding gjelder':
    'teksten seier at det blir meldt til barnevernstenesta; merk oppgåva med {"type": "child-welfare-report"} eller ei tilvising med "barnevern" i "to", så sperra for bekymringsmelding gjeld',
  'nivåene må være nummerert 0, 1, 2 … i rekkefølge (ventet {i})':
    'nivåa må vere nummererte 0, 1, 2 … i rekkjefølgje (venta {i})',
  'brukt av mer enn én sjekkliste': 'brukt av meir enn ei sjekkliste',
  'må være «week» (ukentlig)': 'må vere «week» (vekentleg)',
  'må være «contact» (en kontakt i kontaktloggen)': 'må vere «contact» (ein kontakt i kontaktloggen)',
  'må være en liste av parter': 'må vere ei liste av partar',
  'minst én part (elev eller foresatt)': 'minst éin part (elev eller føresett)',
  'ukentlig kontakt hører til en oppgave på et nivå, ikke et steg i en samarbeidspartners sjekkliste':
    'vekentleg kontakt høyrer til ei oppgåve på eit nivå, ikkje eit steg i sjekklista til ein samarbeidspartnar',
  // src/domain/ladder/tasks.ts
  'Oppgaven «{taskId}» finnes ikke i «{name}».': 'Oppgåva «{taskId}» finst ikkje i «{name}».',
  'Bare en henvisning har en mottakende tjeneste.': 'Berre ei tilvising har ei mottakande teneste.',
  'Ukjent tjeneste «{service}».': 'Ukjend teneste «{service}».',
  'Denne henvisningen gjelder {value}, ikke {service}.': 'Denne tilvisinga gjeld {value}, ikkje {service}.',
  // src/domain/measures/measure-schema.ts
  'nivå må være 0, 1, 2 eller 3': 'nivå må vere 0, 1, 2 eller 3',
  'må være en liste av nivå (0–3)': 'må vere ei liste av nivå (0–3)',
  'samme nivå står flere ganger': 'same nivå står fleire gonger',
  'må være en liste av utdypinger': 'må vere ei liste av utdjupingar',
  'minst én utdyping, eller utelat feltet': 'minst ei utdjuping, eller utelat feltet',
  'en årsak må ha «card», «details» eller begge': 'ein årsak må ha «card», «details» eller begge',
  'må være en liste av årsaker': 'må vere ei liste av årsaker',
  'minst ett tiltak': 'minst eitt tiltak',
  'minst én gruppe': 'minst ei gruppe',
  // src/domain/meetings/minutes-template.ts
  'minst én møtetype': 'minst éin møtetype',
  'minst én overskrift': 'minst ei overskrift',
  // src/domain/people/national-id.ts
  'kan bare inneholde sifre': 'kan berre innehalde siffer',
  'må ha 11 sifre, ikke {length}': 'må ha 11 siffer, ikkje {length}',
  'kontrollsifferet stemmer ikke': 'kontrollsifferet stemmer ikkje',
  'de seks første sifrene er ikke en mulig dato': 'dei seks første siffera er ikkje ein mogleg dato',
  'syntetiske testnumre (måned + 80) godtas bare i demomodus':
    'syntetiske testnummer (månad + 80) blir godtekne berre i demomodus',
  // src/domain/plans/activation.ts
  '{labelOf}: samarbeidsavtalen må være signert av foresatte.':
    '{labelOf}: samarbeidsavtalen må vere signert av føresette.',
  '{labelOf}: samarbeidsavtalen må være signert av skolen.': '{labelOf}: samarbeidsavtalen må vere signert av skulen.',
  'Elevens stemme er ikke registrert i saken. Hør eleven om hvordan opplæringen under sykdom skal legges opp, selv om {toLowerCase} ikke venter på det.':
    'Stemma til eleven er ikkje registrert i saka. Høyr eleven om korleis opplæringa under sjukdom skal leggjast opp, sjølv om {toLowerCase} ikkje ventar på det.',
  '{labelOf}: tiltaksplanen bør også si noe om hvordan triggere kan unngås og/eller håndteres.':
    '{labelOf}: tiltaksplanen bør også seie noko om korleis utløysarar kan unngåast og/eller handterast.',
  // src/domain/plans/plan-schema.ts
  'må være «sakkyndig-vurdering» eller «midlertidig»': 'må vere «sakkyndig-vurdering» eller «midlertidig»',
  'må være «hel» eller «delvis»': 'må vere «hel» eller «delvis»',
  'ukjent plantype (gyldige: {value})': 'ukjend plantype (gyldige: {value})',
  'må være ja eller nei': 'må vere ja eller nei',
  // src/domain/plans/pupil-voice.ts
  'Uttalelsen fra {who} teller ikke: tillitspersonen må være valgt av eleven selv.':
    'Fråsegna frå {who} tel ikkje: tillitspersonen må vere vald av eleven sjølv.',
  'En uttalelse fra en tillitsperson teller ikke før det står hvem personen er og hvilken relasjon den har til eleven.':
    'Ei fråsegn frå ein tillitsperson tel ikkje før det står kven personen er og kva relasjon han eller ho har til eleven.',
  'Uttalelsen fra {who} er tom: skriv hva eleven tenker og hva som er viktig for eleven framover.':
    'Fråsegna frå {who} er tom: skriv kva eleven tenkjer og kva som er viktig for eleven framover.',
  'Uttalelsen fra {who} er datert {norwegianDate}, etter {norwegianDate2}.':
    'Fråsegna frå {who} er datert {norwegianDate}, etter {norwegianDate2}.',
  '«{name}» er fylt ut av foresatte, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    '«{name}» er fylt ut av føresette, ikkje saman med eleven, og tel difor ikkje som stemma til eleven.',
  '«{name}» er fylt ut av skolen, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    '«{name}» er fylt ut av skulen, ikkje saman med eleven, og tel difor ikkje som stemma til eleven.',
  '«Årsakskartlegging» fra {on} er fylt ut av foresatte, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    '«Årsakskartlegging» frå {on} er fylt ut av føresette, ikkje saman med eleven, og tel difor ikkje som stemma til eleven.',
  '«Årsakskartlegging» fra {on} er fylt ut av skolen, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    '«Årsakskartlegging» frå {on} er fylt ut av skulen, ikkje saman med eleven, og tel difor ikkje som stemma til eleven.',
  'Årsakskartleggingen er datert {on}, etter {norwegianDate}.':
    'Årsakskartlegginga er datert {on}, etter {norwegianDate}.',
  'Årsakskartleggingen fra {on} er fylt ut på en eldre utgave av skjemaet, som ikke spør «{question}». Fyll ut årsakskartleggingen på nytt sammen med eleven og skriv elevens eget svar, så teller den som elevens stemme.':
    'Årsakskartlegginga frå {on} er fylt ut på ei eldre utgåve av skjemaet, som ikkje spør «{question}». Fyll ut årsakskartlegginga på nytt saman med eleven og skriv svaret til eleven sjølv, så tel ho som stemma til eleven.',
  'Årsakskartleggingen fra {on} er fylt ut sammen med eleven, men «{question}» er ikke besvart. Skriv elevens eget svar i kartleggingen, så teller den som elevens stemme.':
    'Årsakskartlegginga frå {on} er fylt ut saman med eleven, men «{question}» er ikkje svara på. Skriv svaret til eleven sjølv i kartlegginga, så tel ho som stemma til eleven.',
  // src/domain/plans/seven-h.ts
  '{label} svarer ikke på «{question}»: {ADVICE}.': '{label} svarar ikkje på «{question}»: {ADVICE}.',
  // src/domain/plans/versions.ts
  'En plan kan ikke bytte type. Lag en ny plan i stedet.': 'Ein plan kan ikkje byte type. Lag ein ny plan i staden.',
  'Endringen er datert {norwegianDate}, før forrige versjon ({norwegianDate2}).':
    'Endringa er datert {norwegianDate}, før førre versjon ({norwegianDate2}).',
  'Skriv hvem som endrer planen.': 'Skriv kven som endrar planen.',
  'Planen er ikke endret.': 'Planen er ikkje endra.',
  // src/domain/privacy/retention.ts
  'minst én type': 'minst éin type',
  'må være et heltall': 'må vere eit heiltal',
  'må være et tall (år)': 'må vere eit tal (år)',
  'må være et helt antall år': 'må vere eit heilt tal år',
  'minst én regel: fravær bevares alltid': 'minst éin regel: fråvær blir alltid teke vare på',
  // src/domain/roster/diff.ts
  'brukernavnet «{username}» til eleven «{sourceId}» har allerede en annen bruker i Nærvær':
    'brukarnamnet «{username}» til eleven «{sourceId}» har allereie ein annan brukar i Nærvær',
  'brukernavnet «{username}» har allerede en annen ansatt fra elevregisteret (id «{sourceId}»)':
    'brukarnamnet «{username}» har allereie ein annan tilsett frå elevregisteret (id «{sourceId}»)',
  // src/domain/roster/fields.ts
  'kolonnen mangler': 'kolonnen manglar',
  // src/domain/roster/oneroster.ts
  'fila mangler i pakken': 'fila manglar i pakken',
  // src/domain/roster/template.ts
  'fila mangler (en tom fil med overskriftene er nok)': 'fila manglar (ei tom fil med overskriftene er nok)',
  // src/domain/rules/profile-schema.ts
  'minst én fraværstype': 'minst éin fråværstype',
  'må være {"kinds": [...], "documented"?: true|false} eller en liste av slike':
    'må vere {"kinds": [...], "documented"?: true|false} eller ei liste av slike',
  'må være «events», «schoolDays» eller «share»': 'må vere «events», «schoolDays» eller «share»',
  'må være «>» (utover/mer enn) eller «>=» (N dager/ganger)':
    'må vere «>» (utover/meir enn) eller «>=» (N dagar/gonger)',
  'kan bare være «subject»': 'kan berre vere «subject»',
  'må være {"type": "days", "days": N}, {"type": "rollingMonth"}, {"type": "month"} eller {"type": "semester"}':
    'må vere {"type": "days", "days": N}, {"type": "rollingMonth"}, {"type": "month"} eller {"type": "semester"}',
  'må være «low», «medium» eller «high»': 'må vere «low», «medium» eller «high»',
  'mangler (neste steg i rutinen)': 'manglar (neste steg i rutinen)',
  'mangler (hvor i kildedokumentet regelen står)': 'manglar (kvar i kjeldedokumentet regelen står)',
  'må være «kilde» (fra kildedokumentet) eller «kommune» (kommunens eget valg)':
    'må vere «kilde» (frå kjeldedokumentet) eller «kommune» (kommunen sitt eige val)',
  'minst én betingelse': 'minst éin føresetnad',
  'mangler (hva personalet skal observere)': 'manglar (kva personalet skal observere)',
  'kind: må være «events» eller «observation»': 'kind: må vere «events» eller «observation»',
  'minst én regel': 'minst éin regel',
  'brukt av mer enn én regel': 'brukt av meir enn éin regel',
  // src/contract/absence.ts
  'Velg hvem kontakten var med': 'Vel kven kontakten var med',
  'Velg minst ett varsel': 'Vel minst eitt varsel',
  'Skriv kort hva kontakten gjaldt': 'Skriv kort kva kontakten gjaldt',
  'Skriv hvorfor varselet avvises': 'Skriv kvifor varselet blir avvist',
  'Beskriv det du har observert': 'Beskriv det du har observert',
  // src/contract/adaptations.ts
  'Mangler hvilken tilrettelegging': 'Manglar kva tilrettelegging',
  'Må være ja (fulgt) eller nei (angre)': 'Må vere ja (følgt) eller nei (angre)',
  'Høyst ti vikarer for en klasse en dag': 'Høgst ti vikarar for ei klasse ein dag',
  // src/contract/auth.ts
  'Engangskoden er seks sifre': 'Eingongskoden er seks siffer',
  'Språket må være «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk), eller null for kommunens målform':
    'Språket må vere «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk), eller null for målforma til kommunen',
  // src/contract/cases.ts
  'Skriv hvorfor datoen flyttes': 'Skriv kvifor datoen blir flytta',
  'Skriv teamets vurdering': 'Skriv vurderinga til teamet',
  'Tiltaket mangler navn': 'Tiltaket manglar namn',
  'Velg virket, delvis, virket ikke eller ikke gjennomført': 'Vel verka, delvis, verka ikkje eller ikkje gjennomført',
  'Skriv hvorfor saken løftes': 'Skriv kvifor saka blir løfta',
  'Skriv hvorfor saken tas ned': 'Skriv kvifor saka blir teken ned',
  'Skriv en oppsummering': 'Skriv ei oppsummering',
  'Skriv hvorfor saken gjenåpnes': 'Skriv kvifor saka blir opna igjen',
  'Skriv hva som er sett, hørt eller observert': 'Skriv kva som er sett, høyrt eller observert',
  'Skriv oppgaven': 'Skriv oppgåva',
  'Skriv hvem som har skrevet den': 'Skriv kven som har skrive den',
  'Skriv anbefalingene': 'Skriv tilrådingane',
  'Skriv hvorfor saken gis videre': 'Skriv kvifor saka blir gitt vidare',
  'Skriv navnet': 'Skriv namnet',
  'Velg hvordan elevens syn ble innhentet': 'Vel korleis synet til eleven vart henta inn',
  'Ukentlig kontakt: velg på eller av': 'Vekentleg kontakt: vel på eller av',
  // src/contract/common.ts
  'Bruk ÅÅÅÅ-MM-DD': 'Bruk ÅÅÅÅ-MM-DD',
  'Datoen {input} finnes ikke (bruk ÅÅÅÅ-MM-DD, {YEARS})': 'Datoen {input} finst ikkje (bruk ÅÅÅÅ-MM-DD, {YEARS})',
  'Bruk ÅÅÅÅ-MM-DDTtt:mm:ss med tidssone, for eksempel 2026-11-24T08:00:00+01:00':
    'Bruk ÅÅÅÅ-MM-DDTtt:mm:ss med tidssone, til dømes 2026-11-24T08:00:00+01:00',
  'Tidspunktet {input} er utenfor kalenderen ({YEARS})': 'Tidspunktet {input} er utanfor kalenderen ({YEARS})',
  // src/contract/documents.ts
  'Ukjent språk «{input}» i «language»: bruk nb (bokmål), nn (nynorsk) eller en (engelsk).':
    'Ukjend språk «{input}» i «language»: bruk «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk).',
  // src/contract/forms.ts
  'Ukjent skjema': 'Ukjend skjema',
  // src/contract/health-partner.ts
  'Skriv minst to bokstaver av elevens navn eller klassen i «q».':
    'Skriv minst to bokstavar av namnet til eleven eller klassen i «q».',
  'Skriv hva du undrer deg over i «text».': 'Skriv kva du undrar deg over i «text».',
  'Ukjent grunnlag i «basis»: bruk guardians (foresatte) eller pupil (eleven).':
    'Ukjend grunnlag i «basis»: bruk «guardians» (føresette) eller «pupil» (eleven).',
  'Ukjent status i «status»: bruk received (mottatt) eller followed-up (fulgt opp).':
    'Ukjend status i «status»: bruk «received» (motteken) eller «followed-up» (følgd opp).',
  'Skriv true eller false i «done».': 'Skriv true eller false i «done».',
  // src/contract/inbox.ts
  'Velg klokkeslett for oppsummeringen': 'Vel klokkeslett for oppsummeringa',
  'Skriv en e-postadresse, for eksempel navn@kommune.no': 'Skriv ei e-postadresse, til dømes namn@kommune.no',
  // src/contract/kommune.ts
  'Målformen må være «nb» (bokmål) eller «nn» (nynorsk)': 'Målforma må vere «nb» (bokmål) eller «nn» (nynorsk)',
  // src/contract/measures.ts
  'Søket kan være høyst 200 tegn': 'Søket kan vere høgst 200 teikn',
  'Nivå må være 0–3': 'Nivå må vere 0–3',
  'Nivå må være et helt tall': 'Nivå må vere eit heilt tal',
  'Nivå må være et tall': 'Nivå må vere eit tal',
  'Sted må være {value}': 'Stad må vere {value}',
  'For mange årsaker': 'For mange årsaker',
  // src/contract/meetings.ts
  'Skriv klokkeslettet som tt:mm, for eksempel 09:30': 'Skriv klokkeslettet som tt:mm, til dømes 09:30',
  // src/contract/oidc.ts
  'Kortnavnet er 2–40 små bokstaver (a–z), sifre og bindestrek':
    'Kortnamnet er 2–40 små bokstavar (a–z), siffer og bindestrek',
  'Navnet må ha minst to tegn': 'Namnet må ha minst to teikn',
  'Utstederen må bruke https (http bare på denne maskinen)': 'Utferdaren må bruke https (http berre på denne maskina)',
  'Utstederen må være en URL': 'Utferdaren må vere ein URL',
  'Klient-id mangler': 'Klient-id manglar',
  'Hemmeligheten oppgis som navnet på en miljøvariabel som begynner med NAERVAER_OIDC_':
    'Løyndomen blir oppgitt som namnet på ein miljøvariabel som byrjar med NAERVAER_OIDC_',
  'Velg minst én rolle': 'Vel minst ei rolle',
  // src/contract/pupil-page.ts
  '{field} må være en tekst': '{field} må vere ein tekst',
  'Velg et tall fra 1 til 10 for hvordan skoleuka har vært': 'Vel eit tal frå 1 til 10 for korleis skuleveka har vore',
  '«Hvem vil du ha med?» må være blant {value}': '«Kven vil du ha med?» må vere blant {value}',
  // src/contract/pupils.ts
  'Grunnlaget kan være høyst 300 tegn.': 'Grunnlaget kan vere høgst 300 teikn.',
  // src/contract/rule-editor.ts
  'Bare små bokstaver a–z, sifre og bindestrek': 'Berre små bokstavar a–z, siffer og bindestrek',
  // src/contract/school-environment.ts
  'Skriv hva du har sett eller fått vite': 'Skriv kva du har sett eller fått vite',
  // src/contract/settings.ts
  'Gi perioden et navn': 'Gi perioden eit namn',
  'Skriv faget': 'Skriv faget',
  'Skriv klokkeslettet som TT:MM, for eksempel 09:30': 'Skriv klokkeslettet som TT:MM, til dømes 09:30',
  // src/server/use-cases/report-absence-as-guardian.ts
  'Ingen skole {formatNorwegian}: {closed}.': 'Ingen skule {formatNorwegian}: {closed}.',
  'Time {period} finnes ikke: {formatNorwegian} har {lessons} timer.':
    'Time {period} finst ikkje: {formatNorwegian} har {lessons} timar.',
  // src/domain/calendar/calendar.ts
  '{field}: ugyldig dato «{input}» (bruk ÅÅÅÅ-MM-DD)': '{field}: ugyldig dato «{input}» (bruk ÅÅÅÅ-MM-DD)',
  '{nb} er en {WEEKDAY_NAMES}': '{nb} er ein {WEEKDAY_NAMES}',
  '{nb} er fridag i skoleruta ({name})': '{nb} er fridag i skuleruta ({name})',
  '{nb} er helligdag ({holiday})': '{nb} er heilagdag ({holiday})',
  '{nb} er utenfor skoleåret {schoolYear} ({norwegianDate}–{norwegianDate2})':
    '{nb} er utanfor skuleåret {schoolYear} ({norwegianDate}–{norwegianDate2})',
  '{nb} har ingen timer ({WEEKDAY_NAMES})': '{nb} har ingen timar ({WEEKDAY_NAMES})',
  // src/domain/absence/events-file.ts (an import line's problem: the reason after «felt: »)
  'ikke en skoledag: {closed}': 'ikkje ein skuledag: {closed}',
  'inneholder et kontrolltegn (U+{padStart}) som ikke hører hjemme i en celle; fjern det og prøv igjen':
    'inneheld eit kontrollteikn (U+{padStart}) som ikkje høyrer heime i ei celle; fjern det og prøv igjen',
  'linje {line}: {field}: {reason}': 'linje {line}: {field}: {reason}',
  'mangler (påkrevd når kind er late)': 'manglar (påkravd når kind er late)',
  'mangler (påkrevd når kind er lesson)': 'manglar (påkravd når kind er lesson)',
  'mangler (påkrevd når kind er {kind})': 'manglar (påkravd når kind er {kind})',
  'mangler (true eller false)': 'manglar (true eller false)',
  'time {period} finnes ikke, skoledagen {norwegianDate} har {lessons} timer':
    'time {period} finst ikkje, skuledagen {norwegianDate} har {lessons} timar',
  'ugyldig antall minutter «{minutesText}» (et helt tall fra 1 til 600)':
    'ugyldig tal på minutt «{minutesText}» (eit heilt tal frå 1 til 600)',
  'ugyldig dato «{date}» (bruk ÅÅÅÅ-MM-DD)': 'ugyldig dato «{date}» (bruk ÅÅÅÅ-MM-DD)',
  'ugyldig timenummer «{periodText}» (et helt tall fra 1)': 'ugyldig timenummer «{periodText}» (eit heilt tal frå 1)',
  'ukjent kode «{documented}» (gyldige: true, false)': 'ukjend kode «{documented}» (gyldige: true, false)',
  'ukjent kode «{kind}» (gyldige: {value})': 'ukjend kode «{kind}» (gyldige: {value})',
  'ukjent kode «{reason}» (gyldige: {value}, eller tom)': 'ukjend kode «{reason}» (gyldige: {value}, eller tom)',
  'ukjent kode «{source}» (gyldige: {value}, eller tom)': 'ukjend kode «{source}» (gyldige: {value}, eller tom)',
  // Who a user reference names (src/server/access/user-reference.ts's `role`, from its callers)
  'Deltakeren (Foresatte)': 'Deltakaren (Føresette)',
  'Deltakeren ({LADDER_ROLES})': 'Deltakaren ({LADDER_ROLES})',
  'Den ansvarlige for oppgaven': 'Den ansvarlege for oppgåva',
  'Læreren for time {period} på ukedag {weekday} (rad {value})':
    'Læraren for time {period} på vekedag {weekday} (rad {value})',
  Rolle: 'Rolle',
  '{where}: en tjenesterolle gjelder en tjeneste, ikke en klasse.':
    '{where}: ei tenesterolle gjeld ei teneste, ikkje ei klasse.',
  '{where}: bare helsesykepleier knyttes til en skole; de andre tjenestene ser saker gjennom samtykke.':
    '{where}: berre helsesjukepleiar blir knytt til ein skule; dei andre tenestene ser saker gjennom samtykke.',
  '{where}: skolen finnes ikke i kommunen.': '{where}: skulen finst ikkje i kommunen.',
  'Ugyldig dato «{anyDay}» i «week». Bruk ÅÅÅÅ-MM-DD.': 'Ugyldig dato «{anyDay}» i «week». Bruk ÅÅÅÅ-MM-DD.',
  'Som vikar kan du føre fravær i klassen bare for den dagen du er vikar, og bare den samme dagen.':
    'Som vikar kan du føre fråvær i klassen berre for den dagen du er vikar, og berre same dagen.',
  // The archive extract (issue 22, decisions 221–224).
  'Fant ikke arkivuttrekket.': 'Fann ikkje arkivuttrekket.',
  'Arkivuttrekket er allerede overført til arkivet {norwegianDate}.':
    'Arkivuttrekket er allereie overført til arkivet {norwegianDate}.',
  'Arkivuttrekket er endret av en annen. Last siden på nytt.':
    'Arkivuttrekket er endra av ein annan. Last sida på nytt.',
  'Skriv navnet på arkivet, eller la feltet stå tomt.': 'Skriv namnet på arkivet, eller la feltet stå tomt.',
  'Overføringsdatoen kan ikke være fram i tid.': 'Overføringsdatoen kan ikkje vere fram i tid.',
  'Overføringsdatoen kan ikke være før uttrekket ble laget.':
    'Overføringsdatoen kan ikkje vere før uttrekket blei laga.',
  'Saken er ikke avsluttet. Arkivuttrekk lages av avsluttede saker.':
    'Saka er ikkje avslutta. Arkivuttrekk blir laga av avslutta saker.',
  'Ingen saker ved skolen ble avsluttet fra {norwegianDate} til {norwegianDate2}.':
    'Ingen saker ved skulen blei avslutta frå {norwegianDate} til {norwegianDate2}.',
  'Til-datoen må komme etter fra-datoen.': 'Til-datoen må kome etter frå-datoen.',
  // Decisions (enkeltvedtak), issue 22, decisions 213–217.
  // src/server/decisions/decisions.ts
  'Vedtakstypen «{kindId}» finnes ikke i kommunens innhold.':
    'Vedtakstypen «{kindId}» finst ikkje i innhaldet til kommunen.',
  'Fant ikke vedtaket.': 'Fann ikkje vedtaket.',
  // src/server/decisions/delivery.ts
  'Ingen av foresatte har konto i Nærvær med rett til informasjon. Send brevet på papir og før inn når de fikk det.':
    'Ingen av dei føresette har konto i Nærvær med rett til informasjon. Send brevet på papir og før inn når dei fekk det.',
  // src/server/use-cases/create-decision.ts
  'Du kan ikke skrive vedtak i denne saken.': 'Du kan ikkje skrive vedtak i denne saka.',
  'Saken er avsluttet. Åpne den igjen for å skrive et vedtak.':
    'Saka er avslutta. Opne ho igjen for å skrive eit vedtak.',
  'Velg en vedtakstype fra listen.': 'Vel ein vedtakstype frå lista.',
  'Ukjent vedtakstype': 'Ukjend vedtakstype',
  // src/server/use-cases/open-my-child-decision.ts
  'Fant ikke brevet.': 'Fann ikkje brevet.',
  // src/server/use-cases/reply-to-decision-notice.ts
  'Fant ikke forhåndsvarselet.': 'Fann ikkje førehandsvarselet.',
  'Bare foresatte med foreldreansvar kan svare på forhåndsvarselet i Nærvær. Ta kontakt med skolen om du vil si noe.':
    'Berre føresette med foreldreansvar kan svare på førehandsvarselet i Nærvær. Ta kontakt med skulen om du vil seie noko.',
  'Svarfristen gikk ut {norwegianDate}. Ta kontakt med skolen om dere fortsatt vil si noe før vedtaket fattes.':
    'Svarfristen gjekk ut {norwegianDate}. Ta kontakt med skulen om de framleis vil seie noko før vedtaket blir gjort.',
  'Vedtaket er fattet, så svaret kan ikke endres lenger. Ta kontakt med skolen om dere vil si noe mer.':
    'Vedtaket er gjort, så svaret kan ikkje endrast lenger. Ta kontakt med skulen om de vil seie noko meir.',
  'Svaret på forhåndsvarselet er allerede registrert. Ta kontakt med skolen om dere vil si noe mer.':
    'Svaret på førehandsvarselet er alt registrert. Ta kontakt med skulen om de vil seie noko meir.',
  'Skolen har endret vedtaket etter at du åpnet siden. Hent siden på nytt og send svaret igjen.':
    'Skulen har endra vedtaket etter at du opna sida. Hent sida på nytt og send svaret igjen.',
  // src/server/use-cases/print-decision.ts
  'Vedtaket er ikke fattet ennå. Skriv ut forhåndsvarselet, eller fatt vedtaket først.':
    'Vedtaket er ikkje gjort enno. Skriv ut førehandsvarselet, eller gjer vedtaket først.',
  // src/server/use-cases/make-matter-archive-extract.ts
  'Fant ikke skolemiljøsaken.': 'Fann ikkje skolemiljøsaka.',
  'Skolemiljøsaken er ikke avsluttet. Arkivuttrekk lages av avsluttede skolemiljøsaker.':
    'Skolemiljøsaka er ikkje avslutta. Arkivuttrekk blir laga av avslutta skolemiljøsaker.',
  // src/server/use-cases/record-decision-step.ts
  'Skriv hva som nå er vedtatt når skolen endrer vedtaket.': 'Skriv kva som no er vedteke når skulen endrar vedtaket.',
  'Skriv hva som nå er vedtatt.': 'Skriv kva som no er vedteke.',
  'Svaret kan ikke være fra før forhåndsvarselet ble sendt.':
    'Svaret kan ikkje vere frå før førehandsvarselet vart sendt.',
  'Brevet kan ikke være sendt før vedtaket ble fattet.': 'Brevet kan ikkje vere sendt før vedtaket vart gjort.',
  'Familien kan ikke ha fått brevet før det ble sendt.': 'Familien kan ikkje ha fått brevet før det vart sendt.',
  'Klagen kan ikke være kommet før vedtaket ble fattet.': 'Klaga kan ikkje ha kome før vedtaket vart gjort.',
  'Vurderingen kan ikke være gjort før klagen kom.': 'Vurderinga kan ikkje vere gjord før klaga kom.',
  'Klagen kan ikke være sendt før skolen vurderte den.': 'Klaga kan ikkje vere send før skulen vurderte ho.',
  'Avgjørelsen kan ikke være fra før klagen ble sendt.': 'Avgjerda kan ikkje vere frå før klaga vart send.',
  'Bare den kommunen har delegert vedtaket til ved skolen (skoleledelsen), kan sende forhåndsvarsel, fatte vedtaket og føre klagen.':
    'Berre den kommunen har delegert vedtaket til ved skulen (skuleleiinga), kan sende førehandsvarsel, gjere vedtaket og føre klaga.',
  'Dette steget passer ikke der vedtaket står nå. Last siden på nytt.':
    'Dette steget passar ikkje der vedtaket står no. Last sida på nytt.',
  'Svarfristen må være etter i dag.': 'Svarfristen må vere etter i dag.',
  'Må være etter i dag': 'Må vere etter i dag',
  'Skriv sakens faktiske forhold og hva skolen vurderer å vedta før forhåndsvarselet sendes.':
    'Skriv dei faktiske forholda i saka og kva skulen vurderer å vedta før førehandsvarselet blir sendt.',
  'Skriv sakens faktiske forhold.': 'Skriv dei faktiske forholda i saka.',
  'Skriv hva skolen vurderer å vedta.': 'Skriv kva skulen vurderer å vedta.',
  'Vedtaket kan ikke fattes ennå: {message}': 'Vedtaket kan ikkje gjerast enno: {message}',
  // src/server/use-cases/update-decision.ts
  'Du kan ikke endre vedtak i denne saken.': 'Du kan ikkje endre vedtak i denne saka.',
  'Vedtaket er fattet og kan ikke endres. Ved klage vurderer skolen det på nytt.':
    'Vedtaket er gjort og kan ikkje endrast. Ved klage vurderer skulen det på nytt.',
  'Sluttdatoen kan ikke være før startdatoen.': 'Perioden kan ikkje slutte før han byrjar.',
  'Før startdatoen': 'Før perioden byrjar',
  'Den sakkyndige vurderingen finnes ikke i saken.': 'Den sakkunnige vurderinga finst ikkje i saka.',
  'Finnes ikke i saken': 'Finst ikkje i saka',
  // src/domain/decisions/decision.ts
  'Skriv sakens faktiske forhold: det vedtaket bygger på.':
    'Skriv dei faktiske forholda i saka: det vedtaket byggjer på.',
  'Velg hvilket lovgrunnlag vedtaket bygger på.': 'Vel kva lovgrunnlag vedtaket byggjer på.',
  'Lovstedet «{key}» hører ikke til vedtak om {toLowerCase}.':
    'Lovstaden «{key}» høyrer ikkje til vedtak om {toLowerCase}.',
  'Skriv begrunnelsen: hvorfor vedtaket er som det er (forvaltningsloven §§ 24 og 25).':
    'Skriv grunngivinga: kvifor vedtaket er som det er (forvaltningslova §§ 24 og 25).',
  'Skriv hva som er vedtatt.': 'Skriv kva som er vedteke.',
  'Skriv hvordan elevens syn er vektlagt i vedtaket (minst {HEARD_MIN_LENGTH} tegn).':
    'Skriv korleis synet til eleven er vekta i vedtaket (minst {HEARD_MIN_LENGTH} teikn).',
  'Skriv fra hvilken dato vedtaket gjelder.': 'Skriv frå kva dato vedtaket gjeld.',
  'Skriv til hvilken dato vedtaket gjelder.': 'Skriv til kva dato vedtaket gjeld.',
  'Vedtaket krever en sakkyndig vurdering fra PPT som anbefaler det og skriftlig samtykke fra foresatte – eller at det gjøres som et midlertidig tiltak i påvente av PPT, med sluttdato, evalueringsdato og vurderingene som er gjort (000 §7).':
    'Vedtaket krev ei sakkunnig vurdering frå PPT som tilrår det og skriftleg samtykke frå føresette – eller at det blir gjort som eit mellombels tiltak medan ein ventar på PPT, med sluttdato, evalueringsdato og vurderingane som er gjorde (000 §7).',
  'Send forhåndsvarsel til foresatte før vedtaket fattes (forvaltningsloven § 16).':
    'Send førehandsvarsel til føresette før vedtaket blir gjort (forvaltningslova § 16).',
  'Foresatte har svarfrist til {norwegianDate}. Før inn svaret deres, eller vent til fristen er ute.':
    'Føresette har svarfrist til {norwegianDate}. Før inn svaret deira, eller vent til fristen er ute.',
  'Fest PPTs sakkyndige vurdering til vedtaket. Registrer den i saken først om den ikke står der.':
    'Fest den sakkunnige vurderinga frå PPT til vedtaket. Registrer ho i saka først om ho ikkje står der.',
  'Den sakkyndige vurderingen er datert {norwegianDate}, etter i dag.':
    'Den sakkunnige vurderinga er datert {norwegianDate}, etter i dag.',
  'Før inn foresattes skriftlige samtykke: hvem og når.':
    'Før inn det skriftlege samtykket frå føresette: kven og når.',
  'Samtykket er datert {norwegianDate}, etter i dag.': 'Samtykket er datert {norwegianDate}, etter i dag.',
  'Et midlertidig tiltak må ha en sluttdato (000 §7).': 'Eit mellombels tiltak må ha ein sluttdato (000 §7).',
  'Evalueringen må skje mens tiltaket varer.': 'Evalueringa må skje medan tiltaket varer.',
  'Dokumenter vurderingene som er gjort og hvilke ulike hensyn som er vektet mot hverandre (000 §7).':
    'Dokumenter vurderingane som er gjorde og kva ulike omsyn som er vekta mot kvarandre (000 §7).',
  // src/domain/decisions/kinds.ts
  'minst ett lovsted': 'minst éin lovstad',
  'ukjent vilkår': 'ukjend vilkår',
  'ukjent rolle (kjente: {value})': 'ukjend rolle (kjende: {value})',
  // src/contract/decisions.ts
  'Velg hva slags vedtak': 'Vel kva slags vedtak',
  'Skriv hvem av foresatte som har samtykket': 'Skriv kven av dei føresette som har samtykt',
  'Skriv hva foresatte svarte, eller at de ikke svarte innen fristen':
    'Skriv kva føresette svarte, eller at dei ikkje svarte innan fristen',
  'Skriv hva klagen gjelder': 'Skriv kva klaga gjeld',
  'Skriv begrunnelsen for vurderingen': 'Skriv grunngivinga for vurderinga',
  'Skriv svaret på forhåndsvarselet': 'Skriv svaret på førehandsvarselet',
};

/** Zod's own messages (its Norwegian locale, node_modules/zod/v4/locales/no.js), for checks without a message of ours. */
export const nnZod: Catalogue = {
  'Ugyldig input': 'Ugyldig inndata',
  'Ugyldig input: forventet {expected}, fikk {received}': 'Ugyldig inndata: venta {expected}, fekk {received}',
  'Ugyldig input: forventet instanceof {expected}, fikk {received}':
    'Ugyldig inndata: venta instanceof {expected}, fekk {received}',
  'Ugyldig verdi: forventet {value}': 'Ugyldig verdi: venta {value}',
  'Ugyldig valg: forventet en av {values}': 'Ugyldig val: venta ein av {values}',
  'For stor(t): forventet {origin} til å ha {maximum} {unit}': 'For stor(t): venta at {origin} har {maximum} {unit}',
  'For stor(t): forventet {origin} til å ha {maximum}': 'For stor(t): venta at {origin} har {maximum}',
  'For lite(n): forventet {origin} til å ha {minimum} {unit}': 'For lite(n): venta at {origin} har {minimum} {unit}',
  'For lite(n): forventet {origin} til å ha {minimum}': 'For lite(n): venta at {origin} har {minimum}',
  'Ugyldig streng: må starte med "{prefix}"': 'Ugyldig streng: må byrje med "{prefix}"',
  'Ugyldig streng: må ende med "{suffix}"': 'Ugyldig streng: må slutte med "{suffix}"',
  'Ugyldig streng: må inneholde "{includes}"': 'Ugyldig streng: må innehalde "{includes}"',
  'Ugyldig streng: må matche mønsteret {pattern}': 'Ugyldig streng: må passe med mønsteret {pattern}',
  'Ugyldig {format}': 'Ugyldig {format}',
  'Ugyldig tall: må være et multiplum av {divisor}': 'Ugyldig tal: må vere eit multiplum av {divisor}',
  'Ukjente nøkler: {keys}': 'Ukjende nøklar: {keys}',
  'Ukjent nøkkel: {keys}': 'Ukjend nøkkel: {keys}',
  'Ugyldig nøkkel i {origin}': 'Ugyldig nøkkel i {origin}',
  'Ugyldig verdi i {origin}': 'Ugyldig verdi i {origin}',
};

/** Words put into messages (zod's names of types, units and formats), translated where a placeholder holds one. */
export const nnWords: Catalogue = {
  tall: 'tal',
  liste: 'liste',
  tegn: 'teikn',
  elementer: 'element',
  'e-postadresse': 'e-postadresse',
  'ISO dato- og klokkeslett': 'ISO dato og klokkeslett',
  'ISO-dato': 'ISO-dato',
  'ISO-klokkeslett': 'ISO-klokkeslett',
  'ISO-varighet': 'ISO-varigheit',
  'base64-enkodet streng': 'base64-koda streng',
  // The calendar's names of weekdays and public holidays (src/domain/calendar), in why a day is closed
  mandag: 'måndag',
  tirsdag: 'tysdag',
  onsdag: 'onsdag',
  torsdag: 'torsdag',
  fredag: 'fredag',
  lørdag: 'laurdag',
  søndag: 'sundag',
  '1. nyttårsdag': '1. nyttårsdag',
  Skjærtorsdag: 'Skjærtorsdag',
  Langfredag: 'Langfredag',
  '1. påskedag': '1. påskedag',
  '2. påskedag': '2. påskedag',
  'Offentlig høytidsdag (1. mai)': 'Offentleg høgtidsdag (1. mai)',
  'Grunnlovsdag (17. mai)': 'Grunnlovsdag (17. mai)',
  'Kristi himmelfartsdag': 'Kristi himmelfartsdag',
  '1. pinsedag': '1. pinsedag',
  '2. pinsedag': '2. pinsedag',
  '1. juledag': '1. juledag',
  '2. juledag': '2. juledag',
  // The ladder's role names, the services' names and the plans' labels (src/domain/ladder, src/server/cases,
  // src/domain/plans), where a message puts one in
  Kontaktlærer: 'Kontaktlærar',
  Faglærer: 'Faglærar',
  Assistent: 'Assistent',
  Skoleledelsen: 'Skuleleiinga',
  Ressursteam: 'Ressursteam',
  Nærværsteam: 'Nærværsteam',
  Helsesykepleier: 'Helsesjukepleiar',
  Kommunepsykolog: 'Kommunepsykolog',
  Fastlege: 'Fastlege',
  Barneverntjenesten: 'Barnevernstenesta',
  Avdelingsdirektør: 'Avdelingsdirektør',
  Ansvarsgruppa: 'Ansvarsgruppa',
  'Største tjenesteyter i saken': 'Største tenesteytar i saka',
  Foresatte: 'Føresette',
  Eleven: 'Eleven',
  helsestasjonen: 'helsestasjonen',
  barneverntjenesten: 'barnevernstenesta',
  kommunepsykologen: 'kommunepsykologen',
  Underskrifter: 'Underskrifter',
  Underskrift: 'Underskrift',
  Triggere: 'Utløysarar',
  tillitspersonen: 'tillitspersonen',
};
