// The server's messages in English (issue 20, decision 199): each bokmål message, as the code writes it, and
// its English. `{name}` is a value the code puts in; keep every placeholder. Grouped by the file the message is in.
// tests/mirrors/server-messages.test.ts says which are missing or stale; `node scripts/missing-server-messages.mjs`
// prints the missing ones in this format. Terms: docs/i18n/glossary.md (British spelling).
import type { Catalogue } from './translate';

export const en: Catalogue = {
  // src/server/absence/alert-concern.ts
  'Velg minst ett varsel.': 'Choose at least one alert.',
  'Fant ikke varselet.': 'The alert was not found.',
  'Varslene hører til forskjellige elever; håndter én elev om gangen.':
    'The alerts belong to different pupils; handle one pupil at a time.',
  // src/server/absence/calendar.ts
  'Skoleruta eller timeplanen er ugyldig: {value}': 'The school calendar or the timetable is not valid: {value}',
  'Skolen har ingen skolerute for skoleåret {schoolYear}–{value}. Administrator må legge den inn først.':
    'The school has no school calendar for the school year {schoolYear}–{value}. An administrator must add it first.',
  // src/server/absence/contacts.ts
  'Ugyldig tidspunkt for kontakten.': 'Invalid time for the contact.',
  'Ugyldig tidspunkt': 'Invalid time',
  'Kontakten kan ikke være logget på en dato fram i tid.': 'The contact cannot be logged on a date in the future.',
  'Fram i tid': 'In the future',
  // src/server/absence/events.ts
  'Ugyldig dato «{date}». Bruk ÅÅÅÅ-MM-DD.': 'Invalid date «{date}». Use YYYY-MM-DD.',
  'Kan ikke registrere fravær: {closed}.': 'Cannot record absence: {closed}.',
  '{norwegianDate} er fram i tid. Fravær registreres når det har skjedd; innvilget permisjon kan registreres på forhånd (velg årsak «permisjon»), og foresatte kan melde fravær for dager som kommer.':
    '{norwegianDate} is in the future. Absence is recorded once it has happened; granted leave can be recorded in advance (choose the reason «leave»), and guardians can report absence for days to come.',
  'Velg hvilken time eleven var borte.': 'Choose which lesson the pupil missed.',
  'Velg fra hvilken time eleven gikk.': 'Choose from which lesson the pupil left.',
  'Time {period} finnes ikke: {norwegianDate} har {lessons} timer.':
    'Lesson {period} does not exist: {norwegianDate} has {lessons} lessons.',
  'Skriv hvor mange minutter eleven kom for sent.': 'Write how many minutes late the pupil was.',
  'Skriv hvilket fag timen var.': 'Write which subject the lesson was.',
  'Som faglærer kan du bare registrere fravær og forsentkomming i dine egne timer.':
    'As a subject teacher you can only record absence and late arrivals in your own lessons.',
  // src/server/absence/place.ts
  'Fant ikke eleven, eller du har ikke tilgang til eleven.':
    'The pupil was not found, or you do not have access to the pupil.',
  'Fant ikke barnet.': 'The child was not found.',
  'Fant ikke den foresatte til eleven.': "The pupil's guardian was not found.",
  'Fant ikke eleven.': 'The pupil was not found.',
  // src/server/absence/profiles.ts
  'Ukjent regelprofil «{id}». Gyldige: {value}.': 'Unknown rule profile «{id}». Valid ones: {value}.',
  'Kommunens regelprofil «{id}» er ugyldig: {value}': "The municipality's rule profile «{id}» is not valid: {value}",
  // src/server/access/school-admin.ts
  'Bare skolens administrator kan endre skoleruta og regelprofilen.':
    "Only the school's administrator can change the school calendar and the rule profile.",
  'Fant ikke skolen.': 'The school was not found.',
  // src/server/access/teaching-class.ts
  'Fant ikke klassen, eller du underviser ikke i den denne dagen.':
    'The class was not found, or you do not teach it on this day.',
  // src/server/access/user-reference.ts
  '{role} finnes ikke som bruker i kommunen.': '{role} does not exist as a user in the municipality.',
  'Ukjent bruker': 'Unknown user',
  '{role} kan ikke være {what}. Velg {wanted}.': '{role} cannot be {what}. Choose {wanted}.',
  'en foresatts konto': "a guardian's account",
  'en ansatts konto': "a staff member's account",
  'en foresatt': 'a guardian',
  'en ansatt': 'a staff member',
  'Feil slags bruker': 'Wrong kind of user',
  '{role} har en deaktivert konto. Velg en annen, eller aktiver kontoen først.':
    '{role} has a deactivated account. Choose someone else, or activate the account first.',
  'Deaktivert bruker': 'Deactivated user',
  '{role} er ikke ansatt ved skolen. Gi brukeren en rolle ved skolen først.':
    '{role} is not a staff member at the school. Give the user a role at the school first.',
  'Ikke ansatt ved skolen': 'Not a staff member at the school',
  'en elevs konto': "a pupil's account",
  // src/server/app.ts
  'Fant ikke ressursen.': 'The resource was not found.',
  'Innloggingen er ikke fullført. Skriv inn engangskoden fra autentiseringsappen, eller logg inn på nytt.':
    'Signing in is not complete. Enter the one-time code from the authenticator app, or sign in again.',
  'Økten er utløpt. Logg inn på nytt.': 'The session has expired. Sign in again.',
  'Du må logge inn for å bruke Nærvær.': 'You must sign in to use Nærvær.',
  'Du har ikke tilgang til dette.': 'You do not have access to this.',
  'Fant ikke siden eller ressursen.': 'The page or resource was not found.',
  'Forespørselen manglet gyldig sikkerhetsnøkkel (CSRF). Last siden på nytt og prøv igjen.':
    'The request lacked a valid security key (CSRF). Reload the page and try again.',
  'Forespørselen kom fra en annen nettside og ble avvist.': 'The request came from another website and was refused.',
  'Ugyldig forespørsel: {value}': 'Invalid request: {value}',
  'Innholdet er for stort{limit}. Send mindre om gangen, eller del fila opp.':
    'The content is too large{limit}. Send less at a time, or split the file.',
  ': høyst {value} MB kan sendes hit': ': at most {value} MB can be sent here',
  'Innholdet må sendes som JSON (Content-Type: application/json).':
    'The content must be sent as JSON (Content-Type: application/json).',
  'Forespørselen er ikke gyldig JSON.': 'The request is not valid JSON.',
  'Adressen inneholder tegn som ikke kan leses (ugyldig prosentkoding). Sjekk lenken.':
    'The address contains characters that cannot be read (invalid percent-encoding). Check the link.',
  'Forespørselen er ikke gyldig. Sjekk adressen og innholdet.':
    'The request is not valid. Check the address and the content.',
  'Noe gikk galt hos oss. Prøv igjen om litt; vedvarer feilen, kontakt support.':
    'Something went wrong on our side. Try again in a little while; if the error persists, contact support.',
  // src/server/auth/actor-for-user.ts
  'Fant ingen aktiv bruker «{username}».': 'No active user «{username}» was found.',
  // src/server/auth/lockout.ts
  'Kontoen er midlertidig låst etter for mange mislykkede innloggingsforsøk. Prøv igjen om {minutes} minutter, eller kontakt skolens administrator.':
    "The account is temporarily locked after too many failed sign-in attempts. Try again in {minutes} minutes, or contact the school's administrator.",
  // src/server/auth/national-id-hash.ts
  'NAERVAER_ID_HASH_KEY er ikke satt: fødselsnummer kan ikke kobles til ID-porten før nøkkelen er satt.':
    'NAERVAER_ID_HASH_KEY is not set: national identity numbers cannot be linked to ID-porten until the key is set.',
  'Et fødselsnummer har elleve sifre.': 'A national identity number has eleven digits.',
  // src/server/auth/oidc.ts
  'Innloggingen kunne ikke fullføres.': 'Signing in could not be completed.',
  // src/server/auth/rate-limit.ts
  'For mange mislykkede innloggingsforsøk fra denne maskinen. Vent ett minutt og prøv igjen.':
    'Too many failed sign-in attempts from this machine. Wait one minute and try again.',
  // src/server/cases/case-place.ts
  'Fant ikke saken.': 'The case was not found.',
  // src/server/cases/consents.ts
  'Fant ikke samtykket.': 'The consent was not found.',
  // src/server/cases/evaluation.ts
  'Evalueringsdatoen i planen saken følger.': 'The review date in the plan the case follows.',
  // src/server/cases/meetings.ts
  'Et møte kan ikke være holdt på en dato fram i tid.': 'A meeting cannot have been held on a date in the future.',
  'Skriv referat fra møtet.': 'Write minutes of the meeting.',
  'Mangler referat': 'Minutes missing',
  'Neste møte må være etter dette møtet.': 'The next meeting must be after this meeting.',
  'For tidlig': 'Too early',
  // src/server/cases/participants.ts
  'Eleven har ingen brukerkonto i Nærvær. La brukeren stå tom for eleven.':
    'The pupil has no user account in Nærvær. Leave the user empty for the pupil.',
  'Eleven har ingen konto': 'The pupil has no account',
  'Kontoen tilhører ikke en foresatt til denne eleven.': 'The account does not belong to a guardian of this pupil.',
  'Ikke foresatt til eleven': 'Not a guardian of the pupil',
  // src/server/cases/plans.ts
  'Planen kan ikke lagres: {message} (og {value} til).': 'The plan cannot be saved: {message} (and {value} more).',
  'Planen kan ikke lagres: {message}.': 'The plan cannot be saved: {message}.',
  'Fant ikke planen.': 'The plan was not found.',
  '{lead}: {value}': '{lead}: {value}',
  // src/server/cases/referrals.ts
  'Skriv når henvisningen ble sendt.': 'Write when the referral was sent.',
  Mangler: 'Missing',
  'Sendt-datoen kan ikke være fram i tid.': 'The date sent cannot be in the future.',
  'Svaret kan ikke komme før henvisningen ble sendt.': 'The reply cannot come before the referral was sent.',
  'Henvisning til PPT sendes med pedagogisk rapport underskrevet av foresatte. Kryss av når den er underskrevet.':
    'A referral to PPT is sent with an educational report signed by the guardians. Tick when it has been signed.',
  'Mangler underskrift': 'Signature missing',
  // src/server/content/save-kommune-definition.ts
  '«{id}» er {shipped} og kan ikke endres. Lagre en kopi med en ny id.':
    '«{id}» is {shipped} and cannot be changed. Save a copy with a new id.',
  'en levert profil': 'a profile shipped with Nærvær',
  Profilen: 'The profile',
  Profilens: "The profile's",
  'en levert tiltakstrapp': 'an action ladder shipped with Nærvær',
  Tiltakstrappa: 'The action ladder',
  Tiltakstrappas: "The action ladder's",
  '{the} er ikke gyldig ({length} feil).': '{the} is not valid ({length} errors).',
  '{its} id «{id}» må være den samme som i adressen («{id2}»).':
    '{its} id «{id}» must be the same as in the address («{id2}»).',
  '{the} finnes allerede. Last den på nytt og endre den.': '{the} already exists. Reload it and change it.',
  // src/server/errors.ts
  'Noen andre har endret dette siden du åpnet det. Last siden på nytt for å se den nyeste versjonen, og gjør endringen din igjen.':
    'Someone else has changed this since you opened it. Reload the page to see the latest version, and make your change again.',
  'Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.':
    'The database is not available right now. Try again in a little while.',
  'Nærvær har svært mange forespørsler akkurat nå. Prøv igjen om noen sekunder.':
    'Nærvær has a very large number of requests right now. Try again in a few seconds.',
  // src/server/forms/case-forms.ts
  'Skjemaet har én feil. Rett svarene som er merket, og lagre igjen.':
    'The form has one error. Correct the marked answers and save again.',
  'Skjemaet har {n} feil. Rett svarene som er merket, og lagre igjen.':
    'The form has {n} errors. Correct the marked answers and save again.',
  'Datoen skjemaet ble fylt ut kan ikke være fram i tid.': 'The date the form was filled in cannot be in the future.',
  'Fant ikke møtet.': 'The meeting was not found.',
  'Saken er avsluttet. Gjenåpne den for å fylle ut eller endre skjema.':
    'The case is closed. Reopen it to fill in or change forms.',
  'Fant ikke skjemaet.': 'The form was not found.',
  'Skjemaet «{form_id}» versjon {form_version} finnes ikke lenger i content/forms.':
    'The form «{form_id}» version {form_version} no longer exists in content/forms.',
  // src/server/forms/load-forms.ts
  'Ukjent skjema «{id}». Gyldige: {value}.': 'Unknown form «{id}». Valid ones: {value}.',
  'Skjemaet «{id}» har ikke versjon {version}. Finnes: {value}.':
    'The form «{id}» has no version {version}. Existing: {value}.',
  // src/server/health/health-concerns.ts
  'Rollen din som helsesykepleier er ikke knyttet til noen skole. Be administrator legge til skolene du er helsesykepleier for.':
    'Your role as school nurse is not linked to any school. Ask an administrator to add the schools where you are the school nurse.',
  // src/server/import/decode-text.ts
  'Lagre fila på nytt som CSV UTF-8 (eller «CSV (semikolonseparert)» fra Excel) og prøv igjen.':
    'Save the file again as CSV UTF-8 (or «CSV (semicolon delimited)» from Excel) and try again.',
  'Fila kan ikke leses som tekst: linje {line} har byten {hex}, som verken er UTF-8, UTF-16 (med BOM) eller Windows-1252. Er det en CSV-fil? {SAVE_AGAIN}':
    'The file cannot be read as text: line {line} has the byte {hex}, which is neither UTF-8, UTF-16 (with BOM) nor Windows-1252. Is it a CSV file? {SAVE_AGAIN}',
  'Fila ble lest som UTF-8 ut fra den første megabyten, men linje {line} har byten {hex}, som ikke er gyldig UTF-8. Fila blander tegnsett. {SAVE_AGAIN}':
    'The file was read as UTF-8 from its first megabyte, but line {line} has the byte {hex}, which is not valid UTF-8. The file mixes character sets. {SAVE_AGAIN}',
  'Fila kan ikke leses som tekst: overskriftsraden (linje 1) har NUL-byter. Er det UTF-16 uten BOM, eller ikke en CSV-fil? {SAVE_AGAIN}':
    'The file cannot be read as text: the header row (line 1) has NUL bytes. Is it UTF-16 without BOM, or not a CSV file? {SAVE_AGAIN}',
  'Fila ble lest som {toUpperCase} (etter BOM-en), men linje {line} har et tegn som ikke er gyldig {toUpperCase2}. {SAVE_AGAIN}':
    'The file was read as {toUpperCase} (after its BOM), but line {line} has a character that is not valid {toUpperCase2}. {SAVE_AGAIN}',
  // src/server/import/read-events-csv.ts
  'et anførselstegn («"») åpner et felt som aldri lukkes': 'a quotation mark («"») opens a field that is never closed',
  'tegn rett etter et avsluttende anførselstegn («"»); skriv "" for et anførselstegn inne i et felt':
    'characters right after a closing quotation mark («"»); write "" for a quotation mark inside a field',
  'Linje {line} har {length} kolonner; mer enn {maxColumns} leses ikke. Ingenting er importert.':
    'Line {line} has {length} columns; more than {maxColumns} are not read. Nothing has been imported.',
  'Linje {line} har en celle med {length} tegn; mer enn {maxCellChars} leses ikke. Ingenting er importert.':
    'Line {line} has a cell with {length} characters; more than {maxCellChars} are not read. Nothing has been imported.',
  'Fila har mer enn {thousands} rader; del den opp. Ingenting er importert.':
    'The file has more than {thousands} rows; split it. Nothing has been imported.',
  'Linje {nextLine} er lengre enn {thousands} tegn ({maxColumns} kolonner à {maxCellChars} tegn); den leses ikke. Ingenting er importert.':
    'Line {nextLine} is longer than {thousands} characters ({maxColumns} columns of {maxCellChars} characters); it is not read. Nothing has been imported.',
  // src/server/import/read-events-file.ts
  'Lesingen av XLSX-fila ble stoppet etter {round} sekunder. Del fila opp, eller lagre den som CSV. Ingenting er importert.':
    'Reading the XLSX file was stopped after {round} seconds. Split the file, or save it as CSV. Nothing has been imported.',
  'XLSX-fila trenger mer enn {maxHeapMb} MB minne for å leses, og ble stoppet. Del fila opp, eller lagre den som CSV. Ingenting er importert.':
    'The XLSX file needs more than {maxHeapMb} MB of memory to be read, and was stopped. Split the file, or save it as CSV. Nothing has been imported.',
  'XLSX-lesingen stoppet uventet (kode {code}).': 'Reading the XLSX file stopped unexpectedly (code {code}).',
  // src/server/import/xlsx-read.ts
  'Fila kan ikke leses som XLSX (Excel). Lagre den på nytt som .xlsx eller .csv.':
    'The file cannot be read as XLSX (Excel). Save it again as .xlsx or .csv.',
  'Ingenting er importert.': 'Nothing has been imported.',
  'XLSX-fila har mer enn {thousands} tegn i strekk i {name} (en celle eller et felt så langt leses ikke). {NOTHING}':
    'The XLSX file has more than {thousands} characters in a row in {name} (a cell or field that long is not read). {NOTHING}',
  'XLSX-fila har ingen ark.': 'The XLSX file has no sheets.',
  '{where} har en celle med mer enn {thousands} tegn; så lange celler leses ikke. {NOTHING}':
    '{where} has a cell with more than {thousands} characters; such long cells are not read. {NOTHING}',
  'Tekstlista i XLSX-fila (sharedStrings)': 'The list of texts in the XLSX file (sharedStrings)',
  'Linje {line}': 'Line {line}',
  'XLSX-fila har mer enn {thousands} ulike tekster; så mange leses ikke. {NOTHING}':
    'The XLSX file has more than {thousands} different texts; that many are not read. {NOTHING}',
  'Arket har mer enn {thousands} rader; del fila opp. {NOTHING}':
    'The sheet has more than {thousands} rows; split the file. {NOTHING}',
  'Linje {line} har celler i mer enn {maxColumns} kolonner; så brede ark leses ikke. {NOTHING}':
    'Line {line} has cells in more than {maxColumns} columns; sheets that wide are not read. {NOTHING}',
  // src/server/import/zip.ts
  'Fila pakker seg ut til mer enn {mb}; så mye leses ikke fra en opplastet XLSX-fil. Del den opp, eller lagre den som CSV. Ingenting er importert.':
    'The file unpacks to more than {mb}; that much is not read from an uploaded XLSX file. Split it, or save it as CSV. Nothing has been imported.',
  'XLSX-fila er en Zip64-fil (over 4 GB utpakket eller over 65 535 deler); så store filer leses ikke. Ingenting er importert.':
    'The XLSX file is a Zip64 file (over 4 GB unpacked or over 65,535 parts); files that large are not read. Nothing has been imported.',
  'XLSX-fila er kryptert (passordbeskyttet); lagre den uten passord. Ingenting er importert.':
    'The XLSX file is encrypted (password protected); save it without a password. Nothing has been imported.',
  'XLSX-fila bruker en komprimering vi ikke leser (metode {method}); lagre den på nytt fra Excel. Ingenting er importert.':
    'The XLSX file uses a compression we do not read (method {method}); save it again from Excel. Nothing has been imported.',
  // src/server/installation/accounts.ts
  'Brukernavnet kan ha små bokstaver a–z, sifre og . _ @ - (som «kari.nordmann» eller Feide-navnet «kari@kommune.no»), 2–100 tegn.':
    'The username may have lower-case letters a–z, digits and . _ @ - (like «kari.nordmann» or the Feide name «kari@kommune.no»), 2–100 characters.',
  'ugyldig brukernavn': 'invalid username',
  'Navnet må være mellom 2 og 200 tegn.': 'The name must be between 2 and 200 characters.',
  'Brukernavnet «{username}» er allerede i bruk.': 'The username «{username}» is already in use.',
  'i bruk': 'in use',
  // src/server/installation/staff-roles.ts
  'En tjenesterolle kan ikke stå sammen med skole- eller kommuneroller. Lag en egen bruker for tjenesten.':
    'A service role cannot be combined with school or municipality roles. Create a separate user for the service.',
  '{where}: rollen står to ganger.': '{where}: the role is listed twice.',
  'Rolle {value}': 'Role {value}',
  '{where}: bare kommunens administrator kan gi rollen, ikke en skoles administrator.':
    "{where}: only the municipality's administrator can give the role, not a school's administrator.",
  '{where}: velg tjenesten rollen gjelder.': '{where}: choose the service the role applies to.',
  '{where}: tjenesten passer ikke til rollen.': '{where}: the service does not match the role.',
  '{where}: bare tjenesteroller knyttes til en tjeneste.': '{where}: only service roles are linked to a service.',
  '{where}: rollen gjelder hele kommunen, ikke en skole eller klasse.':
    '{where}: the role applies to the whole municipality, not a school or a class.',
  '{where}: velg skolen rollen gjelder.': '{where}: choose the school the role applies to.',
  '{where}: du er ikke administrator ved den skolen, og kan ikke gi roller der.':
    '{where}: you are not an administrator at that school, and cannot give roles there.',
  '{where}: en kontaktlærer må ha en klasse.': '{where}: a contact teacher must have a class.',
  '{where}: klassen hører ikke til skolen.': '{where}: the class does not belong to the school.',
  '{where}: bare kontaktlærer og faglærer knyttes til en klasse.':
    '{where}: only contact teachers and subject teachers are linked to a class.',
  'Fant ikke brukeren blant de ansatte ved skolen der du er administrator.':
    'The user was not found among the staff at the school where you are an administrator.',
  // src/server/ladder/load-ladders.ts
  'Ukjent tiltakstrapp «{id}». Gyldige: {value}.': 'Unknown action ladder «{id}». Valid ones: {value}.',
  // src/server/ladder/resolve-ladder.ts
  'Kommunens tiltakstrapp «{id}» er ugyldig: {value}': "The municipality's action ladder «{id}» is not valid: {value}",
  // src/server/measures/list-measures.ts
  'Ukjent årsak «{raw}». Bruk et årsakskort ({value}) eller en utdyping fra årsakskartleggingen (for eksempel {value2}), skilt med komma.':
    'Unknown cause «{raw}». Use a cause card ({value}) or a detail from the mapping of causes (for example {value2}), separated by commas.',
  'Ukjent gruppe «{group}». Gyldige: {value}.': 'Unknown group «{group}». Valid ones: {value}.',
  // src/server/oversight/owner-figures.ts
  'Ingen skole har skolerute for skoleåret {schoolYear}–{value}.':
    'No school has a school calendar for the school year {schoolYear}–{value}.',
  'En skole mangler skolerute for skoleåret.': 'A school is missing a school calendar for the school year.',
  // src/server/privacy/pupil-school.ts
  'Fant ikke eleven ved din skole.': 'The pupil was not found at your school.',
  // src/server/reviews/review-school.ts
  'Fant ikke skolen, eller du har ikke tilgang til den.': 'The school was not found, or you do not have access to it.',
  // src/server/roster/read-bundle.ts
  '{file}: {message}': '{file}: {message}',
  '{file} har mer enn {maxRows} rader; så store filer leses ikke.':
    '{file} has more than {maxRows} rows; files that large are not read.',
  '{file} linje {value} har for mange kolonner eller for lange celler.':
    '{file} line {value} has too many columns or too long cells.',
  'Fila kan ikke leses som zip. Pakk filene på nytt.': 'The file cannot be read as zip. Pack the files again.',
  'XLSX-fila': 'The XLSX file',
  'Zip-fila': 'The zip file',
  'Zip-fila har to filer som heter {name}.': 'The zip file has two files named {name}.',
  'Zip-fila har ingen CSV- eller XLSX-filer.': 'The zip file has no CSV or XLSX files.',
  'Last opp en zip-fil med CSV-filene, eller én mal som .csv eller .xlsx.':
    'Upload a zip file with the CSV files, or one template as .csv or .xlsx.',
  'Finner ikke «{path}».': 'Cannot find «{path}».',
  'Mappa «{path}» har ingen CSV- eller XLSX-filer.': 'The folder «{path}» has no CSV or XLSX files.',
  // src/server/roster/roster-store.ts
  'Brukernavnet {value} er allerede i bruk i en annen kommune. Ingenting er endret.':
    'The username {value} is already in use in another municipality. Nothing has been changed.',
  '«{u}» er i bruk': '«{u}» is in use',
  // src/server/routes/auth.ts
  'Innloggingen er avbrutt. Logg inn på nytt.': 'Signing in was interrupted. Sign in again.',
  // src/server/routes/imports.ts
  'Send fila som text/csv eller {XLSX}.': 'Send the file as text/csv or {XLSX}.',
  // src/server/routes/roster.ts
  'Send fila som application/zip, text/csv eller XLSX.': 'Send the file as application/zip, text/csv or XLSX.',
  // src/server/routes/schemas.ts
  'et halvt tegn (ensom surrogat)': 'half a character (a lone surrogate)',
  'et usynlig kontrolltegn': 'an invisible control character',
  'inneholder {name} (U+{padStart}) som tegn nr. {value}, og det kan ikke lagres. Fjern tegnet og prøv igjen':
    'contains {name} (U+{padStart}) as character no. {value}, and it cannot be stored. Remove the character and try again',
  'Teksten {problem}': 'The text {problem}',
  'Et feltnavn {problem}': 'A field name {problem}',
  // src/server/school-environment/matters.ts
  'Fant ikke skolemiljøsaken, eller du har ikke tilgang til den.':
    'The school environment matter was not found, or you do not have access to it.',
  'Bare skoleledelsen kan føre skolemiljøsaken (aktivitetsplan og trinn).':
    'Only the school leadership can keep the school environment matter (activity plan and steps).',
  // src/server/use-cases/act-on-case.ts
  'Eleven har allerede en annen åpen sak.': 'The pupil already has another open case.',
  // src/server/use-cases/activate-plan.ts
  'Planen er allerede aktiv.': 'The plan is already active.',
  'Planen er avsluttet og kan ikke aktiveres igjen. Lag en ny plan.':
    'The plan is closed and cannot be activated again. Create a new plan.',
  'Planen kan ikke aktiveres ennå': 'The plan cannot be activated yet',
  // src/server/use-cases/add-case-note.ts
  'Saken er avsluttet. Gjenåpne den for å skrive i loggen.': 'The case is closed. Reopen it to write in the log.',
  'Du kan bare skjerme et notat for din egen tjeneste ({SERVICE_NAME}).':
    'You can only restrict a note to your own service ({SERVICE_NAME}).',
  'Annen tjeneste': 'Another service',
  'Bare skolens ansatte kan starte aktivitetsplikten fra et notat. Meld fra til rektor.':
    "Only the school's staff can start the duty to act from a note. Tell the head teacher.",
  'Ikke for samarbeidspartnere': 'Not for partners',
  // src/server/use-cases/add-staff-account.ts
  'Gi brukeren minst én rolle.': 'Give the user at least one role.',
  'minst én rolle': 'at least one role',
  // src/server/use-cases/add-statement.ts
  'Skriv hvem tillitspersonen er': 'Write who the trusted person is',
  'Skriv hvilken relasjon personen har til eleven': 'Write what relationship the person has to the pupil',
  'Skriv hva eleven tenker og hva som er viktig for eleven framover':
    'Write what the pupil thinks and what matters to the pupil going forward',
  'Datoen kan ikke være fram i tid': 'The date cannot be in the future',
  // src/server/use-cases/attach-consent-scan.ts
  'Skannet samtykke må være PDF, PNG eller JPEG.': 'A scanned consent must be PDF, PNG or JPEG.',
  'Filen er tom.': 'The file is empty.',
  'Filen er større enn 5 MB. Skann med lavere oppløsning.':
    'The file is larger than 5 MB. Scan with a lower resolution.',
  'Filen er ikke en PDF, selv om navnet eller typen sier det.':
    'The file is not a PDF, even though its name or type says so.',
  'Filen er ikke en PNG, selv om navnet eller typen sier det.':
    'The file is not a PNG, even though its name or type says so.',
  'Filen er ikke en JPEG, selv om navnet eller typen sier det.':
    'The file is not a JPEG, even though its name or type says so.',
  'Samtykket har allerede {MAX_SCANS_PER_CONSENT} skannede vedlegg, som er det meste som lagres for ett samtykke. Det nyeste vises alltid; har samtykket endret seg, registrer et nytt samtykke og legg skanningen ved det.':
    'The consent already has {MAX_SCANS_PER_CONSENT} scanned attachments, which is the most that is stored for one consent. The newest is always shown; if the consent has changed, record a new consent and attach the scan to it.',
  // src/server/use-cases/change-account-roles.ts
  'Du er ikke administrator ved noen skole.': 'You are not an administrator at any school.',
  'Bare ansatte i skolen kan få skoleroller her.': 'Only staff in the school can be given school roles here.',
  'Du kan ikke ta fra deg din egen administratorrolle. Be en annen administrator om å gjøre det.':
    'You cannot remove your own administrator role. Ask another administrator to do it.',
  // src/server/use-cases/change-class.ts
  'Bare administrator ved elevens skole kan flytte eleven til en annen klasse.':
    "Only an administrator at the pupil's school can move the pupil to another class.",
  'Fant ikke klassen eleven skal til.': 'The class the pupil is moving to was not found.',
  'Ukjent klasse': 'Unknown class',
  'Eleven går allerede i den klassen.': 'The pupil is already in that class.',
  'Ugyldig dato «{on}».': 'Invalid date «{on}».',
  'Eleven har gått i klassen sin siden {norwegianDate}. Flyttedatoen må være etter det.':
    'The pupil has been in their class since {norwegianDate}. The moving date must be after that.',
  'Før eleven begynte i klassen': 'Before the pupil started in the class',
  // src/server/use-cases/choose-ladder.ts
  'Bare skolens administrator kan velge tiltakstrapp.': "Only the school's administrator can choose the action ladder.",
  // src/server/use-cases/close-plan.ts
  'Planen er allerede avsluttet.': 'The plan is already closed.',
  // src/server/use-cases/complete-case-task.ts
  'Fant ikke oppgaven.': 'The task was not found.',
  'Oppgaven er allerede utført.': 'The task has already been done.',
  'Oppgaven er ikke din. Den som har oppgaven, eller den som fører saken, krysser den av.':
    'The task is not yours. The person who has the task, or the person leading the case, ticks it off.',
  'Saken er avsluttet. Gjenåpne den for å legge til oppgaver.': 'The case is closed. Reopen it to add tasks.',
  // src/server/use-cases/confirm-second-factor.ts
  'Feil engangskode. Skriv inn koden som vises i autentiseringsappen nå.':
    'Wrong one-time code. Enter the code the authenticator app shows now.',
  // src/server/use-cases/correct-absence.ts
  'Fant ikke fraværsregistreringen. Den kan være slettet av noen andre.':
    'The absence record was not found. Someone else may have deleted it.',
  'Eleven har allerede en registrering med samme dag, type og time. Endre den i stedet.':
    'The pupil already has a record with the same day, type and lesson. Change that one instead.',
  // src/server/use-cases/create-account.ts
  'Rollen «{input}» kan ikke gis herfra. Velg en av: {value} (admin = administrator). Lærere, tjenester og foresatte kommer fra elevregisteret.':
    'The role «{input}» cannot be given from here. Choose one of: {value} (admin = administrator). Teachers, services and guardians come from the pupil records system.',
  'Rollen {role} gjelder én skole: oppgi --school "skolens navn" (lag skolen med «naervaer school create» først).':
    'The role {role} applies to one school: give --school "the school\'s name" (create the school with «naervaer school create» first).',
  '{name} har ingen skole som heter «{school}».': '{name} has no school named «{school}».',
  'Rollen {role} gjelder hele kommunen, ikke én skole: ta bort --school.':
    'The role {role} applies to the whole municipality, not one school: remove --school.',
  // src/server/use-cases/create-kommune.ts
  'Kommunenummeret må være fire sifre (som 3033), ikke «{number}».':
    'The municipality number must be four digits (like 3033), not «{number}».',
  'Kommunenavnet må være mellom 2 og 100 tegn.': "The municipality's name must be between 2 and 100 characters.",
  'Kommune {number} finnes allerede ({name}).': 'Municipality {number} already exists ({name}).',
  'Fant ingen kommune med nummer «{number}». Lag den først med «naervaer kommune create».':
    'No municipality with number «{number}» was found. Create it first with «naervaer kommune create».',
  // src/server/use-cases/create-plan.ts
  'Planens innhold er av en annen type enn den valgte.': "The plan's content is of another type than the one chosen.",
  'Plantype: stemmer ikke med innholdet': 'Plan type: does not match the content',
  'Saken er avsluttet. Gjenåpne den for å lage en ny plan.': 'The case is closed. Reopen it to create a new plan.',
  // src/server/use-cases/create-school.ts
  'Skolenavnet må være mellom 2 og 200 tegn.': "The school's name must be between 2 and 200 characters.",
  'Trinnene må være fra 1 til 10, som «1-7», «8-10» eller «1-10».':
    'The years must be from 1 to 10, like «1-7», «8-10» or «1-10».',
  'Organisasjonsnummeret må være ni sifre, ikke «{organisasjonsnummer}».':
    'The organisation number must be nine digits, not «{organisasjonsnummer}».',
  '{name} har allerede en skole som heter «{name2}».': '{name} already has a school named «{name2}».',
  // src/server/use-cases/dismiss-alerts.ts
  'Varselet er allerede avsluttet.': 'The alert is already closed.',
  // src/server/use-cases/download-guardian-document.ts
  'Fant ikke dokumentet.': 'The document was not found.',
  // src/server/use-cases/erase-pupil-case-data.ts
  'Eleven har en åpen sak. Saken må avsluttes før opplysningene kan slettes.':
    'The pupil has an open case. The case must be closed before the information can be erased.',
  'Eleven har en åpen skolemiljøsak. Skolemiljøsaken må avsluttes før opplysningene kan slettes.':
    'The pupil has an open school environment matter. The matter must be closed before the information can be erased.',
  'Opplysningene kan ikke slettes fordi arkivlova krever at de bevares. {value}':
    'The information cannot be erased because the Archives Act (arkivlova) requires it to be kept. {value}',
  '{what}. {title}: {why} ({law})': '{what}. {title}: {why} ({law})',
  'Opplysningene kan ikke slettes ennå. {value}': 'The information cannot be erased yet. {value}',
  '{what} kan slettes fra {norwegianDate} ({title}).': '{what} can be erased from {norwegianDate} ({title}).',
  // src/server/use-cases/export-pupil-data.ts
  Årsak: 'Reason',
  // src/server/use-cases/finish-oidc-login.ts
  'kravet {identity_claim} mangler': 'the claim {identity_claim} is missing',
  'pid er ikke elleve sifre': 'pid is not eleven digits',
  'ingen foresatt med dette fødselsnummeret': 'no guardian with this national identity number',
  'ukjent brukernavn': 'unknown username',
  'demobruker i produksjon': 'demo user in production',
  // src/server/use-cases/get-absence-history.ts
  'Fant ikke fraværsregistreringen.': 'The absence record was not found.',
  // src/server/use-cases/get-case-absence-calendar.ts
  'Fraværskalenderen vises bare i en sak der foresatte har samtykket til samarbeid med helsestasjonen.':
    'The absence calendar is only shown in a case where the guardians have consented to cooperation with the health centre.',
  // src/server/use-cases/get-class-adaptations.ts
  'Ugyldig dato «{date}» i «date». Bruk ÅÅÅÅ-MM-DD.': 'Invalid date «{date}» in «date». Use YYYY-MM-DD.',
  // src/server/use-cases/get-class-register.ts
  'Fant ikke klassen, eller du har ikke tilgang til den.': 'The class was not found, or you do not have access to it.',
  // src/server/use-cases/get-movement-review.ts
  'Velg både fra- og til-dato, eller ingen av dem.': 'Choose both a from and a to date, or neither.',
  'Mangler dato.': 'Date missing.',
  'Skolen har ingen skolerute for dette skoleåret.': 'The school has no school calendar for this school year.',
  // src/server/use-cases/hand-over-case.ts
  'Stafettholderen må være ansatt ved elevens skole.': "The baton holder must be a staff member at the pupil's school.",
  // src/server/use-cases/import-absence.ts
  'Fant ikke skolen, eller du har ikke rett til å importere fravær der.':
    'The school was not found, or you are not allowed to import absence there.',
  'Skolen har ingen skolerute for {year}–{value}; legg den inn før import.':
    'The school has no school calendar for {year}–{value}; add it before importing.',
  '{norwegianDate} er fram i tid. Fravær importeres når det har skjedd; innvilget permisjon kan ligge fram i tid (reason permisjon).':
    '{norwegianDate} is in the future. Absence is imported once it has happened; granted leave may lie in the future (reason permisjon).',
  'ukjent elev «{studentId}» ved skolen': 'unknown pupil «{studentId}» at the school',
  'time {period} finnes ikke, {className} har {lessonCount} timer {norwegianDate}':
    'lesson {period} does not exist, {className} has {lessonCount} lessons on {norwegianDate}',
  'Fila mangler kolonner i overskriftsraden. Ingenting er importert.':
    'The file is missing columns in the header row. Nothing has been imported.',
  'Importen ble avvist: {problemCount} rad har feil. Ingenting er importert.{shown}':
    'The import was refused: {problemCount} row has errors. Nothing has been imported.{shown}',
  'Importen ble avvist: {problemCount} rader har feil. Ingenting er importert.{shown}':
    'The import was refused: {problemCount} rows have errors. Nothing has been imported.{shown}',
  ' De første {length} er listet; last ned rapporten for alle.':
    ' The first {length} are listed; download the report for all of them.',
  // src/server/use-cases/issue-password-link.ts
  'Kontoen er deaktivert. Aktiver den først.': 'The account is deactivated. Activate it first.',
  'Demobrukere har faste passord.': 'Demo users have fixed passwords.',
  // src/server/use-cases/link-health-concern-case.ts
  'Undringen er allerede knyttet til en sak.': 'The query is already linked to a case.',
  'Undring fra helsesykepleier: {text}': 'Query from the school nurse: {text}',
  // src/server/use-cases/log-contact.ts
  'Varselet hører ikke til denne eleven.': 'The alert does not belong to this pupil.',
  // src/server/use-cases/log-in.ts
  'Feil brukernavn eller passord.': 'Wrong username or password.',
  'Demobrukere kan ikke logge inn når Nærvær kjører i produksjonsmodus.':
    'Demo users cannot sign in when Nærvær runs in production mode.',
  'Kommunen har slått av innlogging med passord. Logg inn med Feide, ID-porten eller HelseID.':
    'The municipality has turned off signing in with a password. Sign in with Feide, ID-porten or HelseID.',
  // src/server/use-cases/mark-inbox-read.ts
  'Fant ikke meldingen.': 'The message was not found.',
  // src/server/use-cases/open-case.ts
  'Eleven har allerede en åpen sak. Fortsett i den.': 'The pupil already has an open case. Continue in it.',
  'Ukjent varsel': 'Unknown alert',
  // src/server/use-cases/plan-meeting.ts
  'Saken er avsluttet. Gjenåpne den for å planlegge møter.': 'The case is closed. Reopen it to plan meetings.',
  // src/server/use-cases/print-activity-plan.ts
  'Saken har ingen aktivitetsplan ennå.': 'The matter has no activity plan yet.',
  // src/server/use-cases/print-minutes.ts
  'Møtet har ikke referat ennå.': 'The meeting has no minutes yet.',
  'Eleven har fortrolig eller strengt fortrolig adresse. Referatet kan bare skrives ut til hjemmet etter at skoleledelsen har bekreftet hvordan det sendes.':
    'The pupil has a confidential or strictly confidential address. The minutes can only be printed for the home after the school leadership has confirmed how they are sent.',
  // src/server/use-cases/raise-health-concern.ts
  'Fant ikke eleven ved skolene du er helsesykepleier for.':
    'The pupil was not found at the schools where you are the school nurse.',
  // src/server/use-cases/read-consent-scan.ts
  'Det er ikke lagt ved noe skannet samtykke.': 'No scanned consent has been attached.',
  // src/server/use-cases/record-absence.ts
  '{period}. time er allerede registrert for eleven denne dagen. Endre den registreringen, eller registrer de andre timene hver for seg.':
    'Lesson {period} is already recorded for the pupil this day. Change that record, or record the other lessons one by one.',
  'Dette fraværet er allerede registrert for eleven (samme dag, type og time). Endre den registreringen i stedet.':
    'This absence is already recorded for the pupil (same day, type and lesson). Change that record instead.',
  'Bare en time kan registreres som dobbelttime («til og med time»).':
    'Only a lesson can be recorded as a double lesson («up to and including lesson»).',
  'Bare for en time': 'Only for a lesson',
  '«Til og med time» må være samme eller en senere time.':
    '«Up to and including lesson» must be the same or a later lesson.',
  'Før første time': 'Before the first lesson',
  // src/server/use-cases/record-assessment.ts
  'Datoen kan ikke være fram i tid.': 'The date cannot be in the future.',
  'En midlertidig sakkyndig uttalelse må si hvor lenge den gjelder.':
    'A temporary expert statement must say how long it applies.',
  // src/server/use-cases/record-consent.ts
  'Saken er avsluttet. Et samtykke gjelder til saken avsluttes, så det registreres i en åpen sak.':
    'The case is closed. A consent applies until the case is closed, so it is recorded in an open case.',
  'En person som skal holdes utenfor, er ikke en samarbeidspartner i kommunen.':
    'A person to be kept out is not a partner in the municipality.',
  // src/server/use-cases/record-observation.ts
  'Observasjonen kan ikke være datert fram i tid.': 'The observation cannot be dated in the future.',
  '«{ruleId}» er ikke en observasjonsregel i skolens regelprofil.':
    "«{ruleId}» is not an observation rule in the school's rule profile.",
  'Ukjent observasjonsregel': 'Unknown observation rule',
  // src/server/use-cases/record-school-environment-step.ts
  'Skriv hva undersøkelsen fant': 'Write what the investigation found',
  'Skriv hvordan tiltakene har virket': 'Write how the measures have worked',
  'Skriv hvorfor saken avsluttes': 'Write why the matter is being closed',
  'Saken er allerede avsluttet.': 'The matter is already closed.',
  'Datoen kan ikke være før noen fikk vite om saken.': 'The date cannot be before anyone learned of the matter.',
  'Før saken startet': 'Before the matter started',
  'Lag aktivitetsplanen før tiltakene evalueres.': 'Make the activity plan before the measures are evaluated.',
  // src/server/use-cases/remove-participant.ts
  'Fant ikke deltakeren.': 'The participant was not found.',
  // src/server/use-cases/replace-class-timetable.ts
  'Fant ikke klassen ved skolen du administrerer.': 'The class was not found at the school you administer.',
  'Time {period} på ukedag {weekday} står to ganger (rad {value}).':
    'Lesson {period} on weekday {weekday} is listed twice (row {value}).',
  'Dobbel time': 'Double lesson',
  'Timene på ukedag {wd} må være nummerert 1, 2, 3 … uten hull.':
    'The lessons on weekday {wd} must be numbered 1, 2, 3 … without gaps.',
  'Hull i timene på ukedag {wd}': 'Gap in the lessons on weekday {wd}',
  // src/server/use-cases/reply-as-guardian.ts
  'Skriv svaret.': 'Write the reply.',
  'Svaret kan være høyst {MAX_REPLY_LENGTH} tegn.': 'The reply can be at most {MAX_REPLY_LENGTH} characters.',
  'Høyst {MAX_REPLY_LENGTH} tegn': 'At most {MAX_REPLY_LENGTH} characters',
  'Svar på ett dokument eller én møteinnkalling.': 'Reply to one document or one meeting invitation.',
  // src/server/use-cases/report-absence-as-guardian.ts
  'Hele {formatNorwegian} er allerede meldt eller registrert som fravær.':
    'All of {formatNorwegian} is already reported or recorded as absence.',
  'Ugyldig fra-dato «{from}».': 'Invalid from date «{from}».',
  'Ugyldig til-dato «{to}».': 'Invalid to date «{to}».',
  'Til-datoen kommer før fra-datoen.': 'The to date comes before the from date.',
  'Fravær kan meldes for i dag og framover. For dager som har vært, kontakt skolen.':
    'Absence can be reported for today and onwards. For days that have passed, contact the school.',
  'Meld høyst {MAX_REPORT_DAYS} dager om gangen; ved lengre fravær, kontakt skolen.':
    'Report at most {MAX_REPORT_DAYS} days at a time; for longer absence, contact the school.',
  'Del av en dag meldes for én dag om gangen.': 'Part of a day is reported for one day at a time.',
  'Velg fra hvilken time barnet er borte.': 'Choose from which lesson the child is away.',
  'Skriv omtrent hvor mange minutter barnet kommer for sent.': 'Write roughly how many minutes late the child will be.',
  'Ingen skoledager i perioden: {value}.': 'No school days in the period: {value}.',
  'Ingen skoledager i perioden.': 'No school days in the period.',
  // src/server/use-cases/reset-second-factor.ts
  'Fant ikke brukeren.': 'The user was not found.',
  // src/server/use-cases/save-activity-plan.ts
  'Aktivitetsplanen mangler noe loven krever (opplæringslova § 12-4).':
    'The activity plan lacks something the law requires (the Education Act (opplæringslova) section 12-4).',
  'Skriv hvilket problem tiltakene skal løse': 'Write which problem the measures are to solve',
  'Planen må ha minst ett tiltak': 'The plan must have at least one measure',
  'Skriv hva tiltaket er': 'Write what the measure is',
  'Skriv når tiltaket gjennomføres': 'Write when the measure is carried out',
  'Skriv hvem som er ansvarlig': 'Write who is responsible',
  'Velg når tiltakene skal evalueres (ÅÅÅÅ-MM-DD)': 'Choose when the measures will be evaluated (YYYY-MM-DD)',
  'Saken er avsluttet; planen kan ikke endres.': 'The matter is closed; the plan cannot be changed.',
  // src/server/use-cases/save-my-checkin.ts
  'Du har ingen oppfølging på skolen nå, så det er ingen som skal lese svaret.':
    'You have no follow-up at school now, so there is no one to read your answer.',
  'Fant ikke svaret ditt for denne uka.': 'Your answer for this week was not found.',
  // src/server/use-cases/save-oidc-provider.ts
  'Kortnavnet «{slug}» er allerede i bruk. Velg et annet.':
    'The short name «{slug}» is already in use. Choose another.',
  'Fant ikke innloggingstjenesten. Den kan være fjernet allerede.':
    'The sign-in service was not found. It may have been removed already.',
  // src/server/use-cases/save-skolerute.ts
  'Skoleruta er ikke gyldig: {value}': 'The school calendar is not valid: {value}',
  'closed: «{name}» ({norwegianDate}–{norwegianDate2}) ligger utenfor skoleåret {norwegianDate3}–{norwegianDate4}':
    'closed: «{name}» ({norwegianDate}–{norwegianDate2}) lies outside the school year {norwegianDate3}–{norwegianDate4}',
  'Skoleruta for dette skoleåret finnes allerede. Last siden på nytt og endre den.':
    'The school calendar for this school year already exists. Reload the page and change it.',
  // src/server/use-cases/send-my-meeting-wish.ts
  'Skriv noe du vil at de voksne skal vite, eller velg hvem du vil ha med.':
    'Write something you want the adults to know, or choose who you want there.',
  'Skriv noe, eller velg hvem du vil ha med': 'Write something, or choose who you want there',
  // src/server/use-cases/send-to-guardians.ts
  'Skolemiljøsaken har ingen aktivitetsplan ennå.': 'The school environment matter has no activity plan yet.',
  'Eleven har fortrolig eller strengt fortrolig adresse. Bare skoleledelsen kan sende til foresatte, etter å ha bekreftet at det er trygt.':
    'The pupil has a confidential or strictly confidential address. Only the school leadership can send to the guardians, after confirming that it is safe.',
  'Et utkast sendes ikke til foresatte. Ta planen i bruk først.':
    'A draft is not sent to guardians. Put the plan into use first.',
  // src/server/use-cases/set-adaptation-followed.ts
  '«Fulgt i dag» kan bare bekreftes eller angres samme dag (feltet «date»).':
    '«Followed today» can only be confirmed or undone on the same day (the field «date»).',
  'Bare i dag': 'Only today',
  'Fant ikke tilretteleggingen for en elev i klassen (feltet «noteId»).':
    'The adaptation for a pupil in the class was not found (the field «noteId»).',
  // src/server/use-cases/set-class-substitutes.ts
  Vikaren: 'The substitute',
  // src/server/use-cases/set-guardian-protected-address.ts
  'Bare skoleledelsen ved elevens skole kan sette fortrolig adresse.':
    "Only the school leadership at the pupil's school can set a confidential address.",
  // src/server/use-cases/set-guardian-restriction.ts
  'Skriv grunnlaget for begrensningen, for eksempel «avgjørelse fra domstol».':
    'Write the grounds for the restriction, for example «court decision».',
  'Grunnlaget mangler': 'The grounds are missing',
  'Bare skoleledelsen ved elevens skole kan begrense retten til informasjon.':
    "Only the school leadership at the pupil's school can restrict the right to information.",
  // src/server/use-cases/set-health-concern-status.ts
  'Fant ikke undringen, eller du har ikke tilgang til den.':
    'The query was not found, or you do not have access to it.',
  'Undringen er allerede fulgt opp.': 'The query has already been followed up.',
  'Undringen er allerede merket som mottatt.': 'The query is already marked as received.',
  // src/server/use-cases/set-my-family-language.ts
  'Fant ingen foresatt knyttet til kontoen.': 'No guardian linked to the account was found.',
  // src/server/use-cases/set-password-login.ts
  'Minst én nødadministrator må beholde passordinnlogging før den slås av for de andre («naervaer oidc emergency-admin»).':
    'At least one emergency administrator must keep password sign-in before it is turned off for the others («naervaer oidc emergency-admin»).',
  'Fant ingen bruker «{username}» i {name}.': 'No user «{username}» was found in {name}.',
  '«{username}» er ikke administrator; bare administratorer kan være nødadministrator.':
    '«{username}» is not an administrator; only administrators can be emergency administrators.',
  // src/server/use-cases/set-password.ts
  'Lenken er ugyldig, allerede brukt eller utløpt. Be den som laget kontoen din om en ny lenke.':
    'The link is invalid, already used or expired. Ask the person who created your account for a new link.',
  // src/server/use-cases/set-same-day-notice-time.ts
  'Varselet må gå før skoledagen er slutt, før kl. {replace}.':
    'The notice must go before the school day ends, before {replace}.',
  'Velg et klokkeslett før {replace}': 'Choose a time before {replace}',
  // src/server/use-cases/set-user-disabled.ts
  'Du kan ikke deaktivere din egen konto. Be en annen administrator om å gjøre det.':
    'You cannot deactivate your own account. Ask another administrator to do it.',
  // src/server/use-cases/set-weekly-contact.ts
  'Saken er avsluttet; den ukentlige kontakten kan ikke endres.':
    'The case is closed; the weekly contact cannot be changed.',
  // src/server/use-cases/start-oidc-login.ts
  'Fant ikke denne innloggingstjenesten.': 'This sign-in service was not found.',
  // src/server/use-cases/start-school-environment-matter.ts
  'Datoen du fikk vite om det, kan ikke være fram i tid.': 'The date you learned of it cannot be in the future.',
  // src/server/use-cases/sync-roster.ts
  'Fant verken en OneRoster-pakke (orgs.csv og users.csv) eller Nærværs maler (skoler, klasser, elever, foresatte, ansatte).':
    "Found neither a OneRoster package (orgs.csv and users.csv) nor Nærvær's templates (schools, classes, pupils, guardians, staff).",
  // src/server/use-cases/take-over-case.ts
  'Bare ledelsen ved elevens nye skole kan overta saken.':
    "Only the leadership at the pupil's new school can take over the case.",
  'Saken hører allerede til skolen.': 'The case already belongs to the school.',
  'Bare åpne saker overtas.': 'Only open cases are taken over.',
  // src/server/use-cases/take-register.ts
  'Ugyldig dato. Bruk ÅÅÅÅ-MM-DD.': 'Invalid date. Use YYYY-MM-DD.',
  'En dag som ikke har kommet ennå, kan ikke føres som registrert.':
    'A day that has not come yet cannot be marked as registered.',
  'Det registreres ikke fravær denne dagen: {closed}.': 'Absence is not recorded on this day: {closed}.',
  'Ikke en skoledag': 'Not a school day',
  // src/server/use-cases/tick-partner-checklist-step.ts
  'Saken er avsluttet. Sjekklisten kan ikke endres.': 'The case is closed. The checklist cannot be changed.',
  'Fant ikke steget i helsestasjonens sjekkliste for denne saken.':
    "The step was not found in the health centre's checklist for this case.",
  // src/server/use-cases/update-plan.ts
  'Planen er avsluttet og kan ikke endres. Lag en ny plan.':
    'The plan is closed and cannot be changed. Create a new plan.',
  'Planen er aktiv, og endringen ville gjort at den ikke lenger holder kravene':
    'The plan is active, and the change would mean it no longer meets the requirements',
  // src/server/use-cases/update-referral.ts
  'Fant ikke henvisningen.': 'The referral was not found.',
  'Tjenesten kan ikke endres; lag en ny henvisning.': 'The service cannot be changed; create a new referral.',
  // src/server/use-cases/what-if-rule-profile.ts
  'Profilen er ikke gyldig ({length} feil).': 'The profile is not valid ({length} errors).',
  // src/server/use-cases/withdraw-consent.ts
  'Skriv hvem som trakk samtykket tilbake, og hvordan (for eksempel «mor ringte»).':
    'Write who withdrew the consent, and how (for example «mother phoned»).',
  // src/server/use-cases/write-guardian-letter.ts
  'Eleven har fortrolig eller strengt fortrolig adresse. Brev kan bare lages etter at skoleledelsen har bekreftet hvordan det skal sendes.':
    'The pupil has a confidential or strictly confidential address. Letters can only be made after the school leadership has confirmed how they are to be sent.',
  'Eleven har fortrolig eller strengt fortrolig adresse. Bekreft at skoleledelsen har avklart hvordan brevet sendes, og prøv igjen.':
    'The pupil has a confidential or strictly confidential address. Confirm that the school leadership has settled how the letter is sent, and try again.',
  // src/server/versioned.ts
  'Fant ikke det du prøvde å endre.': 'What you tried to change was not found.',
  // src/domain/absence/events-file.ts
  'kolonnen mangler i overskriftsraden (forventet {value})':
    'the column is missing in the header row (expected {value})',
  'samme elev, dato, type og time som linje {earlier}': 'same pupil, date, type and lesson as line {earlier}',
  // src/domain/calendar/calendar.ts
  '{field}: mangler (bruk ÅÅÅÅ-MM-DD)': '{field}: missing (use YYYY-MM-DD)',
  'schoolYear: mangler (f.eks. «2025-2026»)': 'schoolYear: missing (e.g. «2025-2026»)',
  'schoolYear: må se ut som «2025-2026»': 'schoolYear: must look like «2025-2026»',
  'closed.name: mangler': 'closed.name: missing',
  'closed.name: kan ikke være tom': 'closed.name: cannot be empty',
  'closed: hvert element må være {"from", "to", "name"}': 'closed: each element must be {"from", "to", "name"}',
  'closed: må være en liste': 'closed: must be a list',
  'lessonsPerWeekday: må være tall': 'lessonsPerWeekday: must be numbers',
  'lessonsPerWeekday: må være hele tall': 'lessonsPerWeekday: must be whole numbers',
  'lessonsPerWeekday: kan ikke være negativt': 'lessonsPerWeekday: cannot be negative',
  'lessonsPerWeekday: høyst 12 timer per dag': 'lessonsPerWeekday: at most 12 lessons per day',
  'lessonsPerWeekday: mangler (fem tall, mandag–fredag)': 'lessonsPerWeekday: missing (five numbers, Monday–Friday)',
  'lessonsPerWeekday: må ha fem tall, mandag–fredag': 'lessonsPerWeekday: must have five numbers, Monday–Friday',
  'timetable: må være fem lister med fag': 'timetable: must be five lists of subjects',
  'timetable: må ha fem lister, mandag–fredag': 'timetable: must have five lists, Monday–Friday',
  'kalenderen må være et JSON-objekt': 'the calendar must be a JSON object',
  'lastDay: må komme etter firstDay': 'lastDay: must come after firstDay',
  'springStarts: må ligge etter firstDay og senest på lastDay':
    'springStarts: must lie after firstDay and no later than lastDay',
  'schoolYear: «{schoolYear}» passer ikke med firstDay {firstDay}':
    'schoolYear: «{schoolYear}» does not match firstDay {firstDay}',
  'closed[{i}] («{name}»): to kommer før from': 'closed[{i}] («{name}»): to comes before from',
  'timetable[{i}]: har {length} timer, men lessonsPerWeekday sier {lessonsPerWeekday}':
    'timetable[{i}]: has {length} lessons, but lessonsPerWeekday says {lessonsPerWeekday}',
  // src/domain/cases/transition-checklist.ts
  'id: bare små bokstaver a–z, sifre og bindestrek': 'id: only lower-case letters a–z, digits and hyphens',
  'title: mangler': 'title: missing',
  'source: mangler': 'source: missing',
  'text: kan ikke være tom': 'text: cannot be empty',
  'tasks: minst én oppgave': 'tasks: at least one task',
  // src/domain/consent/consent.ts
  'Ukjent tjeneste «{s}».': 'Unknown service «{s}».',
  'Kryss av minst én tjeneste det samtykkes til.': 'Tick at least one service the consent covers.',
  'Spesifiser hvilken spesialisthelsetjeneste.': 'Specify which specialist health service.',
  'Skriv hvilke andre tjenester.': 'Write which other services.',
  'Velg minst én foresatt som har tatt stilling.': 'Choose at least one guardian who has decided.',
  'En valgt foresatt er ikke registrert som foresatt for eleven.':
    'A chosen guardian is not registered as a guardian of the pupil.',
  'Eleven er {OWN_CONSENT_AGE} år eller eldre og må selv samtykke.':
    'The pupil is {OWN_CONSENT_AGE} or older and must consent themselves.',
  'Eleven er under {OWN_CONSENT_AGE} år; samtykket gis av de foresatte.':
    'The pupil is under {OWN_CONSENT_AGE}; consent is given by the guardians.',
  'Skriv hvilken informasjon familien har fått om tjenestene.':
    'Write what information the family has been given about the services.',
  'Skriv hva samtykket gjelder (omfang).': 'Write what the consent covers (scope).',
  'Skriv tjenestestedet der samtykket ble innhentet.': 'Write the service location where the consent was obtained.',
  // src/domain/forms/answers.ts
  'må være et objekt med svar per spørsmål': 'must be an object with answers per question',
  // src/domain/forms/form-schema.ts
  'bare små bokstaver a–z, sifre og bindestrek': 'only lower-case letters a–z, digits and hyphens',
  'kan ikke være tom': 'cannot be empty',
  'må være en liste av tekster': 'must be a list of texts',
  'må være en tekst': 'must be a text',
  'må være et tall': 'must be a number',
  'må være et helt {what}': 'must be a whole {what}',
  'må være true eller false': 'must be true or false',
  'må være en liste': 'must be a list',
  'minst ett valg': 'at least one choice',
  'minst {min} valg': 'at least {min} choices',
  'må være «text», «date», «scale», «plus-minus», «choice» eller «colour»':
    'must be «text», «date», «scale», «plus-minus», «choice» or «colour»',
  'kan ikke være negativ': 'cannot be negative',
  'må være en av {value}': 'must be one of {value}',
  'må være en liste av ukedager': 'must be a list of weekdays',
  'minst én dag': 'at least one day',
  'minst én time': 'at least one lesson',
  'må være «fixed», «free» eller «timetable»': 'must be «fixed», «free» or «timetable»',
  'minst én kolonne': 'at least one column',
  'må være «text», «date», «scale», «plus-minus», «single-choice», «multiple-choice», «checklist», «table» eller «cards»':
    'must be «text», «date», «scale», «plus-minus», «single-choice», «multiple-choice», «checklist», «table» or «cards»',
  'minst ett spørsmål': 'at least one question',
  'må være «elev», «foresatte», «elev-og-foresatte» eller «skolen»':
    'must be «elev», «foresatte», «elev-og-foresatte» or «skolen»',
  'minst én seksjon': 'at least one section',
  // src/domain/forms/registry.ts
  'ukjent skjema «{formId}»': 'unknown form «{formId}»',
  '«{formId}» har ikke versjon {version} (finnes: {value})': '«{formId}» has no version {version} (existing: {value})',
  // src/domain/health/health-concern.ts
  'Velg grunnlaget for å melde undringen til skolen: samtykke fra foresatte, eller elevens eget samtykke når eleven er 16 år eller eldre. Uten samtykke kan helsetjenesten ikke dele dette med skolen.':
    "Choose the basis for raising the query with the school: consent from the guardians, or the pupil's own consent when the pupil is 16 or older. Without consent the health service cannot share this with the school.",
  'Skriv datoen samtykket ble gitt (DD.MM.ÅÅÅÅ).': 'Write the date the consent was given (DD.MM.YYYY).',
  'Samtykkedatoen kan ikke være etter i dag.': 'The date of the consent cannot be after today.',
  'Skriv navnet på den av foresatte som samtykket.': 'Write the name of the guardian who consented.',
  'Eleven var under {OWN_CONSENT_AGE} år da samtykket ble gitt, og kan ikke selv samtykke til at helsetjenesten deler dette med skolen. Innhent samtykke fra foresatte.':
    'The pupil was under {OWN_CONSENT_AGE} when the consent was given, and cannot consent on their own to the health service sharing this with the school. Obtain consent from the guardians.',
  // src/domain/inbox/notice-settings.ts
  'må være et klokkeslett TT:MM, for eksempel 09:30': 'must be a time HH:MM, for example 09:30',
  'må være minst 1 dag': 'must be at least 1 day',
  'må være høyst 365 dager': 'must be at most 365 days',
  'bare små bokstaver, sifre og bindestrek': 'only lower-case letters, digits and hyphens',
  '«at» må være før «until»': '«at» must be before «until»',
  // src/domain/ladder/case-machine.ts
  'Evalueringsdatoen må være etter {norwegianDate}.': 'The review date must be after {norwegianDate}.',
  // src/domain/ladder/child-welfare-guardrail.ts
  'En bekymringsmelding til barneverntjenesten kan bare loggføres sammen med skolens dokumenterte helhetsvurdering. Høyt skolefravær alene er ikke grunnlag for melding.':
    "A report of concern to the child welfare service can only be logged together with the school's documented overall assessment. High school absence alone is not grounds for a report.",
  'Helhetsvurderingen er ikke dokumentert: skriv {value}.': 'The overall assessment is not documented: write {value}.',
  'Helhetsvurderingen mangler en gyldig dato (ÅÅÅÅ-MM-DD).': 'The overall assessment lacks a valid date (YYYY-MM-DD).',
  'Meldingen mangler en gyldig dato (ÅÅÅÅ-MM-DD).': 'The report lacks a valid date (YYYY-MM-DD).',
  'Helhetsvurderingen må være gjort før eller samme dag som meldingen sendes.':
    'The overall assessment must be made before or on the same day as the report is sent.',
  // src/domain/ladder/ladder-schema.ts
  'må være en liste av roller': 'must be a list of roles',
  'minst én ansvarlig rolle': 'at least one responsible role',
  'må være en liste av tjenester': 'must be a list of services',
  'minst én tjeneste': 'at least one service',
  'må være «meeting», «written-notice», «plan», «consent», «referral», «evaluation» eller «child-welfare-report»':
    'must be «meeting», «written-notice», «plan», «consent», «referral», «evaluation» or «child-welfare-report»',
  'må være «meeting», «form», «plan», «consent» eller «referral»':
    'must be «meeting», «form», «plan», «consent» or «referral»',
  'må være et helt antall dager': 'must be a whole number of days',
  'må være et helt tall': 'must be a whole number',
  'minst én oppgave': 'at least one task',
  'minst ett steg': 'at least one step',
  'minst ett nivå': 'at least one level',
  'brukt av mer enn én oppgave i tiltakstrappen': 'used by more than one task in the action ladder',
  'teksten sier at det meldes til barneverntjenesten; merk oppgaven med {"type": "child-welfare-report"} eller en henvisning med "barnevern" i "to", så sperren for bekymringsmelding gjelder':
    'the text says a report is made to the child welfare service; mark the task with {"type": "child-welfare-report"} or a referral with "barnevern" in "to", so that the safeguard for reports of concern applies',
  'nivåene må være nummerert 0, 1, 2 … i rekkefølge (ventet {i})':
    'the levels must be numbered 0, 1, 2 … in order (expected {i})',
  'brukt av mer enn én sjekkliste': 'used by more than one checklist',
  'må være «week» (ukentlig)': 'must be «week» (weekly)',
  'må være «contact» (en kontakt i kontaktloggen)': 'must be «contact» (a contact in the contact log)',
  'må være en liste av parter': 'must be a list of parties',
  'minst én part (elev eller foresatt)': 'at least one party (pupil or guardian)',
  'ukentlig kontakt hører til en oppgave på et nivå, ikke et steg i en samarbeidspartners sjekkliste':
    "weekly contact belongs to a task on a level, not to a step in a partner's checklist",
  // src/domain/ladder/tasks.ts
  'Oppgaven «{taskId}» finnes ikke i «{name}».': 'The task «{taskId}» does not exist in «{name}».',
  'Bare en henvisning har en mottakende tjeneste.': 'Only a referral has a receiving service.',
  'Ukjent tjeneste «{service}».': 'Unknown service «{service}».',
  'Denne henvisningen gjelder {value}, ikke {service}.': 'This referral is to {value}, not {service}.',
  // src/domain/measures/measure-schema.ts
  'nivå må være 0, 1, 2 eller 3': 'level must be 0, 1, 2 or 3',
  'må være en liste av nivå (0–3)': 'must be a list of levels (0–3)',
  'samme nivå står flere ganger': 'the same level is listed more than once',
  'må være en liste av utdypinger': 'must be a list of details',
  'minst én utdyping, eller utelat feltet': 'at least one detail, or leave the field out',
  'en årsak må ha «card», «details» eller begge': 'a cause must have «card», «details» or both',
  'må være en liste av årsaker': 'must be a list of causes',
  'minst ett tiltak': 'at least one measure',
  'minst én gruppe': 'at least one group',
  // src/domain/meetings/minutes-template.ts
  'minst én møtetype': 'at least one meeting type',
  'minst én overskrift': 'at least one heading',
  // src/domain/people/national-id.ts
  'kan bare inneholde sifre': 'can only contain digits',
  'må ha 11 sifre, ikke {length}': 'must have 11 digits, not {length}',
  'kontrollsifferet stemmer ikke': 'the check digit does not match',
  'de seks første sifrene er ikke en mulig dato': 'the first six digits are not a possible date',
  'syntetiske testnumre (måned + 80) godtas bare i demomodus':
    'synthetic test numbers (month + 80) are only accepted in demo mode',
  // src/domain/plans/activation.ts
  '{labelOf}: samarbeidsavtalen må være signert av foresatte.':
    '{labelOf}: the cooperation agreement must be signed by the guardians.',
  '{labelOf}: samarbeidsavtalen må være signert av skolen.':
    '{labelOf}: the cooperation agreement must be signed by the school.',
  'Elevens stemme er ikke registrert i saken. Hør eleven om hvordan opplæringen under sykdom skal legges opp, selv om {toLowerCase} ikke venter på det.':
    "The pupil's voice is not recorded in the case. Hear the pupil on how teaching during illness is to be arranged, even though {toLowerCase} does not wait for it.",
  '{labelOf}: tiltaksplanen bør også si noe om hvordan triggere kan unngås og/eller håndteres.':
    '{labelOf}: the action plan should also say something about how triggers can be avoided and/or handled.',
  // src/domain/plans/plan-schema.ts
  'må være «sakkyndig-vurdering» eller «midlertidig»': 'must be «sakkyndig-vurdering» or «midlertidig»',
  'må være «hel» eller «delvis»': 'must be «hel» or «delvis»',
  'ukjent plantype (gyldige: {value})': 'unknown plan type (valid ones: {value})',
  'må være ja eller nei': 'must be yes or no',
  // src/domain/plans/pupil-voice.ts
  'Uttalelsen fra {who} teller ikke: tillitspersonen må være valgt av eleven selv.':
    'The statement from {who} does not count: the trusted person must be chosen by the pupil.',
  'En uttalelse fra en tillitsperson teller ikke før det står hvem personen er og hvilken relasjon den har til eleven.':
    'A statement from a trusted person does not count until it says who the person is and what relationship they have to the pupil.',
  'Uttalelsen fra {who} er tom: skriv hva eleven tenker og hva som er viktig for eleven framover.':
    'The statement from {who} is empty: write what the pupil thinks and what matters to the pupil going forward.',
  'Uttalelsen fra {who} er datert {norwegianDate}, etter {norwegianDate2}.':
    'The statement from {who} is dated {norwegianDate}, after {norwegianDate2}.',
  '«{name}» er fylt ut av foresatte, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    "«{name}» was filled in by the guardians, not together with the pupil, and so does not count as the pupil's voice.",
  '«{name}» er fylt ut av skolen, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    "«{name}» was filled in by the school, not together with the pupil, and so does not count as the pupil's voice.",
  '«Årsakskartlegging» fra {on} er fylt ut av foresatte, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    "«Mapping of causes» from {on} was filled in by the guardians, not together with the pupil, and so does not count as the pupil's voice.",
  '«Årsakskartlegging» fra {on} er fylt ut av skolen, ikke sammen med eleven, og teller derfor ikke som elevens stemme.':
    "«Mapping of causes» from {on} was filled in by the school, not together with the pupil, and so does not count as the pupil's voice.",
  'Årsakskartleggingen er datert {on}, etter {norwegianDate}.':
    'The mapping of causes is dated {on}, after {norwegianDate}.',
  'Årsakskartleggingen fra {on} er fylt ut på en eldre utgave av skjemaet, som ikke spør «{question}». Fyll ut årsakskartleggingen på nytt sammen med eleven og skriv elevens eget svar, så teller den som elevens stemme.':
    "The mapping of causes from {on} was filled in on an older edition of the form, which does not ask «{question}». Fill in the mapping of causes again together with the pupil and write the pupil's own answer, and it counts as the pupil's voice.",
  'Årsakskartleggingen fra {on} er fylt ut sammen med eleven, men «{question}» er ikke besvart. Skriv elevens eget svar i kartleggingen, så teller den som elevens stemme.':
    "The mapping of causes from {on} was filled in together with the pupil, but «{question}» is not answered. Write the pupil's own answer in the mapping, and it counts as the pupil's voice.",
  // src/domain/plans/seven-h.ts
  '{label} svarer ikke på «{question}»: {ADVICE}.': '{label} does not answer «{question}»: {ADVICE}.',
  // src/domain/plans/versions.ts
  'En plan kan ikke bytte type. Lag en ny plan i stedet.': 'A plan cannot change type. Create a new plan instead.',
  'Endringen er datert {norwegianDate}, før forrige versjon ({norwegianDate2}).':
    'The change is dated {norwegianDate}, before the previous version ({norwegianDate2}).',
  'Skriv hvem som endrer planen.': 'Write who is changing the plan.',
  'Planen er ikke endret.': 'The plan has not been changed.',
  // src/domain/privacy/retention.ts
  'minst én type': 'at least one type',
  'må være et heltall': 'must be an integer',
  'må være et tall (år)': 'must be a number (years)',
  'må være et helt antall år': 'must be a whole number of years',
  'minst én regel: fravær bevares alltid': 'at least one rule: absence is always kept',
  // src/domain/roster/diff.ts
  'brukernavnet «{username}» til eleven «{sourceId}» har allerede en annen bruker i Nærvær':
    'the username «{username}» of the pupil «{sourceId}» already belongs to another user in Nærvær',
  'brukernavnet «{username}» har allerede en annen ansatt fra elevregisteret (id «{sourceId}»)':
    'the username «{username}» already has another staff member from the pupil records system (id «{sourceId}»)',
  // src/domain/roster/fields.ts
  'kolonnen mangler': 'the column is missing',
  // src/domain/roster/oneroster.ts
  'fila mangler i pakken': 'the file is missing from the package',
  // src/domain/roster/template.ts
  'fila mangler (en tom fil med overskriftene er nok)':
    'the file is missing (an empty file with the headings is enough)',
  // src/domain/rules/profile-schema.ts
  'minst én fraværstype': 'at least one absence type',
  'må være {"kinds": [...], "documented"?: true|false} eller en liste av slike':
    'must be {"kinds": [...], "documented"?: true|false} or a list of such',
  'må være «events», «schoolDays» eller «share»': 'must be «events», «schoolDays» or «share»',
  'må være «>» (utover/mer enn) eller «>=» (N dager/ganger)': 'must be «>» (beyond/more than) or «>=» (N days/times)',
  'kan bare være «subject»': 'can only be «subject»',
  'må være {"type": "days", "days": N}, {"type": "rollingMonth"}, {"type": "month"} eller {"type": "semester"}':
    'must be {"type": "days", "days": N}, {"type": "rollingMonth"}, {"type": "month"} or {"type": "semester"}',
  'må være «low», «medium» eller «high»': 'must be «low», «medium» or «high»',
  'mangler (neste steg i rutinen)': 'missing (the next step in the routine)',
  'mangler (hvor i kildedokumentet regelen står)': 'missing (where in the source document the rule is)',
  'må være «kilde» (fra kildedokumentet) eller «kommune» (kommunens eget valg)':
    "must be «kilde» (from the source document) or «kommune» (the municipality's own choice)",
  'minst én betingelse': 'at least one condition',
  'mangler (hva personalet skal observere)': 'missing (what the staff are to observe)',
  'kind: må være «events» eller «observation»': 'kind: must be «events» or «observation»',
  'minst én regel': 'at least one rule',
  'brukt av mer enn én regel': 'used by more than one rule',
  // src/contract/absence.ts
  'Velg hvem kontakten var med': 'Choose who the contact was with',
  'Velg minst ett varsel': 'Choose at least one alert',
  'Skriv kort hva kontakten gjaldt': 'Write briefly what the contact was about',
  'Skriv hvorfor varselet avvises': 'Write why the alert is dismissed',
  'Beskriv det du har observert': 'Describe what you have observed',
  // src/contract/adaptations.ts
  'Mangler hvilken tilrettelegging': 'Which adaptation is missing',
  'Må være ja (fulgt) eller nei (angre)': 'Must be yes (followed) or no (undo)',
  'Høyst ti vikarer for en klasse en dag': 'At most ten substitutes for a class on one day',
  // src/contract/auth.ts
  'Engangskoden er seks sifre': 'The one-time code is six digits',
  'Språket må være «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk), eller null for kommunens målform':
    "The language must be «nb» (Bokmål), «nn» (Nynorsk) or «en» (English), or null for the municipality's written standard",
  // src/contract/cases.ts
  'Skriv hvorfor datoen flyttes': 'Write why the date is moved',
  'Skriv teamets vurdering': "Write the team's assessment",
  'Tiltaket mangler navn': 'The measure has no name',
  'Velg virket, delvis, virket ikke eller ikke gjennomført': 'Choose worked, partly, did not work or not carried out',
  'Skriv hvorfor saken løftes': 'Write why the case is escalated',
  'Skriv hvorfor saken tas ned': 'Write why the case is stepped down',
  'Skriv en oppsummering': 'Write a summary',
  'Skriv hvorfor saken gjenåpnes': 'Write why the case is reopened',
  'Skriv hva som er sett, hørt eller observert': 'Write what has been seen, heard or observed',
  'Skriv oppgaven': 'Write the task',
  'Skriv hvem som har skrevet den': 'Write who wrote it',
  'Skriv anbefalingene': 'Write the recommendations',
  'Skriv hvorfor saken gis videre': 'Write why the case is handed over',
  'Skriv navnet': 'Write the name',
  'Velg hvordan elevens syn ble innhentet': "Choose how the pupil's view was obtained",
  'Ukentlig kontakt: velg på eller av': 'Weekly contact: choose on or off',
  // src/contract/common.ts
  'Bruk ÅÅÅÅ-MM-DD': 'Use YYYY-MM-DD',
  'Datoen {input} finnes ikke (bruk ÅÅÅÅ-MM-DD, {YEARS})': 'The date {input} does not exist (use YYYY-MM-DD, {YEARS})',
  'Bruk ÅÅÅÅ-MM-DDTtt:mm:ss med tidssone, for eksempel 2026-11-24T08:00:00+01:00':
    'Use YYYY-MM-DDThh:mm:ss with a time zone, for example 2026-11-24T08:00:00+01:00',
  'Tidspunktet {input} er utenfor kalenderen ({YEARS})': 'The time {input} is outside the calendar ({YEARS})',
  // src/contract/documents.ts
  'Ukjent språk «{input}» i «language»: bruk nb (bokmål), nn (nynorsk) eller en (engelsk).':
    'Unknown language «{input}» in «language»: use nb (Bokmål), nn (Nynorsk) or en (English).',
  // src/contract/forms.ts
  'Ukjent skjema': 'Unknown form',
  // src/contract/health-partner.ts
  'Skriv minst to bokstaver av elevens navn eller klassen i «q».':
    "Write at least two letters of the pupil's name or the class in «q».",
  'Skriv hva du undrer deg over i «text».': 'Write what you are wondering about in «text».',
  'Ukjent grunnlag i «basis»: bruk guardians (foresatte) eller pupil (eleven).':
    'Unknown basis in «basis»: use «guardians» or «pupil».',
  'Ukjent status i «status»: bruk received (mottatt) eller followed-up (fulgt opp).':
    'Unknown status in «status»: use «received» or «followed-up».',
  'Skriv true eller false i «done».': 'Write true or false in «done».',
  // src/contract/inbox.ts
  'Velg klokkeslett for oppsummeringen': 'Choose a time for the summary',
  'Skriv en e-postadresse, for eksempel navn@kommune.no': 'Write an email address, for example name@kommune.no',
  // src/contract/kommune.ts
  'Målformen må være «nb» (bokmål) eller «nn» (nynorsk)':
    'The written standard must be «nb» (Bokmål) or «nn» (Nynorsk)',
  // src/contract/measures.ts
  'Søket kan være høyst 200 tegn': 'The search can be at most 200 characters',
  'Nivå må være 0–3': 'Level must be 0–3',
  'Nivå må være et helt tall': 'Level must be a whole number',
  'Nivå må være et tall': 'Level must be a number',
  'Sted må være {value}': 'Place must be {value}',
  'For mange årsaker': 'Too many causes',
  // src/contract/meetings.ts
  'Skriv klokkeslettet som tt:mm, for eksempel 09:30': 'Write the time as hh:mm, for example 09:30',
  // src/contract/oidc.ts
  'Kortnavnet er 2–40 små bokstaver (a–z), sifre og bindestrek':
    'The short name is 2–40 lower-case letters (a–z), digits and hyphens',
  'Navnet må ha minst to tegn': 'The name must have at least two characters',
  'Utstederen må bruke https (http bare på denne maskinen)': 'The issuer must use https (http only on this machine)',
  'Utstederen må være en URL': 'The issuer must be a URL',
  'Klient-id mangler': 'Client id missing',
  'Hemmeligheten oppgis som navnet på en miljøvariabel som begynner med NAERVAER_OIDC_':
    'The secret is given as the name of an environment variable starting with NAERVAER_OIDC_',
  'Velg minst én rolle': 'Choose at least one role',
  // src/contract/pupil-page.ts
  '{field} må være en tekst': '{field} must be a text',
  'Velg et tall fra 1 til 10 for hvordan skoleuka har vært':
    'Choose a number from 1 to 10 for how the school week has been',
  '«Hvem vil du ha med?» må være blant {value}': '«Who do you want there?» must be one of {value}',
  // src/contract/pupils.ts
  'Grunnlaget kan være høyst 300 tegn.': 'The grounds can be at most 300 characters.',
  // src/contract/rule-editor.ts
  'Bare små bokstaver a–z, sifre og bindestrek': 'Only lower-case letters a–z, digits and hyphens',
  // src/contract/school-environment.ts
  'Skriv hva du har sett eller fått vite': 'Write what you have seen or learned',
  // src/contract/settings.ts
  'Gi perioden et navn': 'Give the period a name',
  'Skriv faget': 'Write the subject',
  'Skriv klokkeslettet som TT:MM, for eksempel 09:30': 'Write the time as HH:MM, for example 09:30',
  // src/server/use-cases/report-absence-as-guardian.ts
  'Ingen skole {formatNorwegian}: {closed}.': 'No school on {formatNorwegian}: {closed}.',
  'Time {period} finnes ikke: {formatNorwegian} har {lessons} timer.':
    'Lesson {period} does not exist: {formatNorwegian} has {lessons} lessons.',
  // src/domain/calendar/calendar.ts
  '{field}: ugyldig dato «{input}» (bruk ÅÅÅÅ-MM-DD)': '{field}: invalid date «{input}» (use YYYY-MM-DD)',
  '{nb} er en {WEEKDAY_NAMES}': '{nb} is a {WEEKDAY_NAMES}',
  '{nb} er fridag i skoleruta ({name})': '{nb} is a day off in the school calendar ({name})',
  '{nb} er helligdag ({holiday})': '{nb} is a public holiday ({holiday})',
  '{nb} er utenfor skoleåret {schoolYear} ({norwegianDate}–{norwegianDate2})':
    '{nb} is outside the school year {schoolYear} ({norwegianDate}–{norwegianDate2})',
  '{nb} har ingen timer ({WEEKDAY_NAMES})': '{nb} has no lessons ({WEEKDAY_NAMES})',
  // src/domain/absence/events-file.ts (an import line's problem: the reason after «felt: »)
  'ikke en skoledag: {closed}': 'not a school day: {closed}',
  'inneholder et kontrolltegn (U+{padStart}) som ikke hører hjemme i en celle; fjern det og prøv igjen':
    'contains a control character (U+{padStart}) that does not belong in a cell; remove it and try again',
  'linje {line}: {field}: {reason}': 'line {line}: {field}: {reason}',
  'mangler (påkrevd når kind er late)': 'missing (required when kind is late)',
  'mangler (påkrevd når kind er lesson)': 'missing (required when kind is lesson)',
  'mangler (påkrevd når kind er {kind})': 'missing (required when kind is {kind})',
  'mangler (true eller false)': 'missing (true or false)',
  'time {period} finnes ikke, skoledagen {norwegianDate} har {lessons} timer':
    'lesson {period} does not exist, the school day {norwegianDate} has {lessons} lessons',
  'ugyldig antall minutter «{minutesText}» (et helt tall fra 1 til 600)':
    'invalid number of minutes «{minutesText}» (a whole number from 1 to 600)',
  'ugyldig dato «{date}» (bruk ÅÅÅÅ-MM-DD)': 'invalid date «{date}» (use YYYY-MM-DD)',
  'ugyldig timenummer «{periodText}» (et helt tall fra 1)':
    'invalid lesson number «{periodText}» (a whole number from 1)',
  'ukjent kode «{documented}» (gyldige: true, false)': 'unknown code «{documented}» (valid: true, false)',
  'ukjent kode «{kind}» (gyldige: {value})': 'unknown code «{kind}» (valid: {value})',
  'ukjent kode «{reason}» (gyldige: {value}, eller tom)': 'unknown code «{reason}» (valid: {value}, or empty)',
  'ukjent kode «{source}» (gyldige: {value}, eller tom)': 'unknown code «{source}» (valid: {value}, or empty)',
  // Who a user reference names (src/server/access/user-reference.ts's `role`, from its callers)
  'Deltakeren (Foresatte)': 'The participant (Guardians)',
  'Deltakeren ({LADDER_ROLES})': 'The participant ({LADDER_ROLES})',
  'Den ansvarlige for oppgaven': 'The person responsible for the task',
  'Læreren for time {period} på ukedag {weekday} (rad {value})':
    'The teacher for lesson {period} on weekday {weekday} (row {value})',
  Rolle: 'Role',
  '{where}: en tjenesterolle gjelder en tjeneste, ikke en klasse.':
    '{where}: a service role applies to a service, not a class.',
  '{where}: bare helsesykepleier knyttes til en skole; de andre tjenestene ser saker gjennom samtykke.':
    '{where}: only a school nurse is linked to a school; the other services see cases through consent.',
  '{where}: skolen finnes ikke i kommunen.': '{where}: the school does not exist in the municipality.',
  'Ugyldig dato «{anyDay}» i «week». Bruk ÅÅÅÅ-MM-DD.': 'Invalid date «{anyDay}» in «week». Use YYYY-MM-DD.',
  'Som vikar kan du føre fravær i klassen bare for den dagen du er vikar, og bare den samme dagen.':
    'As a substitute you can record absence in the class only for the day you are substitute, and only on that same day.',
  // The archive extract (issue 22, decisions 221–224).
  'Fant ikke arkivuttrekket.': 'The archive extract was not found.',
  'Arkivuttrekket er allerede overført til arkivet {norwegianDate}.':
    'The archive extract was already handed over to the archive on {norwegianDate}.',
  'Arkivuttrekket er endret av en annen. Last siden på nytt.':
    'Someone else has changed the archive extract. Reload the page.',
  'Skriv navnet på arkivet, eller la feltet stå tomt.': 'Write the name of the archive, or leave the field empty.',
  'Overføringsdatoen kan ikke være fram i tid.': 'The handover date cannot be in the future.',
  'Overføringsdatoen kan ikke være før uttrekket ble laget.':
    'The handover date cannot be before the extract was made.',
  'Saken er ikke avsluttet. Arkivuttrekk lages av avsluttede saker.':
    'The case is not closed. Archive extracts are made of closed cases.',
  'Ingen saker ved skolen ble avsluttet fra {norwegianDate} til {norwegianDate2}.':
    'No cases at the school were closed from {norwegianDate} to {norwegianDate2}.',
  'Til-datoen må komme etter fra-datoen.': 'The to date must come after the from date.',
  // Decisions (enkeltvedtak), issue 22, decisions 213–217.
  // src/server/decisions/decisions.ts
  'Vedtakstypen «{kindId}» finnes ikke i kommunens innhold.':
    "The kind of decision «{kindId}» is not in the municipality's content.",
  'Fant ikke vedtaket.': 'Decision not found.',
  // src/server/decisions/delivery.ts
  'Ingen av foresatte har konto i Nærvær med rett til informasjon. Send brevet på papir og før inn når de fikk det.':
    'None of the guardians has a Nærvær account with a right to information. Send the letter on paper and record when they received it.',
  // src/server/use-cases/create-decision.ts
  'Du kan ikke skrive vedtak i denne saken.': 'You cannot write decisions in this case.',
  'Saken er avsluttet. Åpne den igjen for å skrive et vedtak.': 'The case is closed. Reopen it to write a decision.',
  'Velg en vedtakstype fra listen.': 'Choose a kind of decision from the list.',
  'Ukjent vedtakstype': 'Unknown kind of decision',
  // src/server/use-cases/open-my-child-decision.ts
  'Fant ikke brevet.': 'Letter not found.',
  // src/server/use-cases/reply-to-decision-notice.ts
  'Fant ikke forhåndsvarselet.': 'Advance notice not found.',
  'Bare foresatte med foreldreansvar kan svare på forhåndsvarselet i Nærvær. Ta kontakt med skolen om du vil si noe.':
    'Only guardians with parental responsibility can reply to the advance notice in Nærvær. Contact the school if you want to say something.',
  'Svarfristen gikk ut {norwegianDate}. Ta kontakt med skolen om dere fortsatt vil si noe før vedtaket fattes.':
    'The reply deadline was {norwegianDate}. Contact the school if you still want to say something before the decision is made.',
  'Vedtaket er fattet, så svaret kan ikke endres lenger. Ta kontakt med skolen om dere vil si noe mer.':
    'The decision has been made, so the reply can no longer be changed. Contact the school if you want to say more.',
  'Svaret på forhåndsvarselet er allerede registrert. Ta kontakt med skolen om dere vil si noe mer.':
    'The reply to the advance notice has already been recorded. Contact the school if you want to say more.',
  'Skolen har endret vedtaket etter at du åpnet siden. Hent siden på nytt og send svaret igjen.':
    'The school changed the decision after you opened the page. Reload the page and send your reply again.',
  // src/server/use-cases/print-decision.ts
  'Vedtaket er ikke fattet ennå. Skriv ut forhåndsvarselet, eller fatt vedtaket først.':
    'The decision has not been made yet. Print the advance notice, or make the decision first.',
  // src/server/use-cases/make-matter-archive-extract.ts
  'Fant ikke skolemiljøsaken.': 'School environment matter not found.',
  'Skolemiljøsaken er ikke avsluttet. Arkivuttrekk lages av avsluttede skolemiljøsaker.':
    'The school environment matter is not closed. Archive extracts are made of closed school environment matters.',
  // src/server/use-cases/record-decision-step.ts
  'Skriv hva som nå er vedtatt når skolen endrer vedtaket.':
    'Write what is now decided when the school changes the decision.',
  'Skriv hva som nå er vedtatt.': 'Write what is now decided.',
  'Svaret kan ikke være fra før forhåndsvarselet ble sendt.':
    'The reply cannot be from before the advance notice was sent.',
  'Brevet kan ikke være sendt før vedtaket ble fattet.':
    'The letter cannot have been sent before the decision was made.',
  'Familien kan ikke ha fått brevet før det ble sendt.':
    'The family cannot have received the letter before it was sent.',
  'Klagen kan ikke være kommet før vedtaket ble fattet.':
    'The appeal cannot have arrived before the decision was made.',
  'Vurderingen kan ikke være gjort før klagen kom.':
    'The reconsideration cannot have been made before the appeal arrived.',
  'Klagen kan ikke være sendt før skolen vurderte den.':
    'The appeal cannot have been sent on before the school reconsidered it.',
  'Avgjørelsen kan ikke være fra før klagen ble sendt.': 'The outcome cannot be from before the appeal was sent on.',
  'Bare den kommunen har delegert vedtaket til ved skolen (skoleledelsen), kan sende forhåndsvarsel, fatte vedtaket og føre klagen.':
    'Only the person the municipality has delegated the decision to at the school (the school leadership) can send the advance notice, make the decision and record the appeal.',
  'Dette steget passer ikke der vedtaket står nå. Last siden på nytt.':
    'This step does not fit where the decision stands now. Reload the page.',
  'Svarfristen må være etter i dag.': 'The reply deadline must be after today.',
  'Må være etter i dag': 'Must be after today',
  'Skriv sakens faktiske forhold og hva skolen vurderer å vedta før forhåndsvarselet sendes.':
    'Write the facts of the case and what the school is considering deciding before the advance notice is sent.',
  'Skriv sakens faktiske forhold.': 'Write the facts of the case.',
  'Skriv hva skolen vurderer å vedta.': 'Write what the school is considering deciding.',
  'Vedtaket kan ikke fattes ennå: {message}': 'The decision cannot be made yet: {message}',
  // src/server/use-cases/update-decision.ts
  'Du kan ikke endre vedtak i denne saken.': 'You cannot change decisions in this case.',
  'Vedtaket er fattet og kan ikke endres. Ved klage vurderer skolen det på nytt.':
    'The decision has been made and cannot be changed. If it is appealed, the school reconsiders it.',
  'Sluttdatoen kan ikke være før startdatoen.': 'The end date cannot be before the start date.',
  'Før startdatoen': 'Before the start date',
  'Den sakkyndige vurderingen finnes ikke i saken.': 'The expert assessment is not in the case.',
  'Finnes ikke i saken': 'Not in the case',
  // src/domain/decisions/decision.ts
  'Skriv sakens faktiske forhold: det vedtaket bygger på.':
    'Write the facts of the case: what the decision is based on.',
  'Velg hvilket lovgrunnlag vedtaket bygger på.': 'Choose the legal basis the decision rests on.',
  'Lovstedet «{key}» hører ikke til vedtak om {toLowerCase}.':
    'The provision «{key}» does not belong to decisions on {toLowerCase}.',
  'Skriv begrunnelsen: hvorfor vedtaket er som det er (forvaltningsloven §§ 24 og 25).':
    'Write the reasons: why the decision is as it is (forvaltningsloven sections 24 and 25).',
  'Skriv hva som er vedtatt.': 'Write what has been decided.',
  'Skriv hvordan elevens syn er vektlagt i vedtaket (minst {HEARD_MIN_LENGTH} tegn).':
    "Write how the pupil's views were weighed in the decision (at least {HEARD_MIN_LENGTH} characters).",
  'Skriv fra hvilken dato vedtaket gjelder.': 'Write the date the decision applies from.',
  'Skriv til hvilken dato vedtaket gjelder.': 'Write the date the decision applies until.',
  'Vedtaket krever en sakkyndig vurdering fra PPT som anbefaler det og skriftlig samtykke fra foresatte – eller at det gjøres som et midlertidig tiltak i påvente av PPT, med sluttdato, evalueringsdato og vurderingene som er gjort (000 §7).':
    "The decision requires an expert assessment from PPT recommending it and the guardians' written consent – or that it is made as a temporary measure while awaiting PPT, with an end date, an evaluation date and the considerations made (000 §7).",
  'Send forhåndsvarsel til foresatte før vedtaket fattes (forvaltningsloven § 16).':
    'Send the advance notice to the guardians before the decision is made (forvaltningsloven section 16).',
  'Foresatte har svarfrist til {norwegianDate}. Før inn svaret deres, eller vent til fristen er ute.':
    'The guardians have until {norwegianDate} to reply. Record their reply, or wait until the deadline has passed.',
  'Fest PPTs sakkyndige vurdering til vedtaket. Registrer den i saken først om den ikke står der.':
    "Attach PPT's expert assessment to the decision. Record it in the case first if it is not there.",
  'Den sakkyndige vurderingen er datert {norwegianDate}, etter i dag.':
    'The expert assessment is dated {norwegianDate}, after today.',
  'Før inn foresattes skriftlige samtykke: hvem og når.': "Record the guardians' written consent: who and when.",
  'Samtykket er datert {norwegianDate}, etter i dag.': 'The consent is dated {norwegianDate}, after today.',
  'Et midlertidig tiltak må ha en sluttdato (000 §7).': 'A temporary measure must have an end date (000 §7).',
  'Evalueringen må skje mens tiltaket varer.': 'The evaluation must take place while the measure lasts.',
  'Dokumenter vurderingene som er gjort og hvilke ulike hensyn som er vektet mot hverandre (000 §7).':
    'Document the considerations made and which different concerns were weighed against each other (000 §7).',
  // src/domain/decisions/kinds.ts
  'minst ett lovsted': 'at least one provision',
  'ukjent vilkår': 'unknown precondition',
  'ukjent rolle (kjente: {value})': 'unknown role (known: {value})',
  // src/contract/decisions.ts
  'Velg hva slags vedtak': 'Choose the kind of decision',
  'Skriv hvem av foresatte som har samtykket': 'Write which of the guardians gave consent',
  'Skriv hva foresatte svarte, eller at de ikke svarte innen fristen':
    'Write what the guardians replied, or that they did not reply by the deadline',
  'Skriv hva klagen gjelder': 'Write what the appeal is about',
  'Skriv begrunnelsen for vurderingen': 'Write the reasons for the reconsideration',
  'Skriv svaret på forhåndsvarselet': 'Write your reply to the advance notice',
};

/** Zod's own messages (its Norwegian locale, node_modules/zod/v4/locales/no.js), for checks without a message of ours. */
export const enZod: Catalogue = {
  'Ugyldig input': 'Invalid input',
  'Ugyldig input: forventet {expected}, fikk {received}': 'Invalid input: expected {expected}, received {received}',
  'Ugyldig input: forventet instanceof {expected}, fikk {received}':
    'Invalid input: expected instanceof {expected}, received {received}',
  'Ugyldig verdi: forventet {value}': 'Invalid input: expected {value}',
  'Ugyldig valg: forventet en av {values}': 'Invalid option: expected one of {values}',
  'For stor(t): forventet {origin} til å ha {maximum} {unit}': 'Too big: expected {origin} to have {maximum} {unit}',
  'For stor(t): forventet {origin} til å ha {maximum}': 'Too big: expected {origin} to be {maximum}',
  'For lite(n): forventet {origin} til å ha {minimum} {unit}': 'Too small: expected {origin} to have {minimum} {unit}',
  'For lite(n): forventet {origin} til å ha {minimum}': 'Too small: expected {origin} to be {minimum}',
  'Ugyldig streng: må starte med "{prefix}"': 'Invalid string: must start with "{prefix}"',
  'Ugyldig streng: må ende med "{suffix}"': 'Invalid string: must end with "{suffix}"',
  'Ugyldig streng: må inneholde "{includes}"': 'Invalid string: must include "{includes}"',
  'Ugyldig streng: må matche mønsteret {pattern}': 'Invalid string: must match pattern {pattern}',
  'Ugyldig {format}': 'Invalid {format}',
  'Ugyldig tall: må være et multiplum av {divisor}': 'Invalid number: must be a multiple of {divisor}',
  'Ukjente nøkler: {keys}': 'Unrecognised keys: {keys}',
  'Ukjent nøkkel: {keys}': 'Unrecognised key: {keys}',
  'Ugyldig nøkkel i {origin}': 'Invalid key in {origin}',
  'Ugyldig verdi i {origin}': 'Invalid value in {origin}',
};

/** Words put into messages (zod's names of types, units and formats), translated where a placeholder holds one. */
export const enWords: Catalogue = {
  tall: 'number',
  liste: 'array',
  tegn: 'characters',
  elementer: 'items',
  'e-postadresse': 'email address',
  'ISO dato- og klokkeslett': 'ISO datetime',
  'ISO-dato': 'ISO date',
  'ISO-klokkeslett': 'ISO time',
  'ISO-varighet': 'ISO duration',
  'base64-enkodet streng': 'base64-encoded string',
  'IPv4-adresse': 'IPv4 address',
  'IPv6-adresse': 'IPv6 address',
  // The calendar's names of weekdays and public holidays (src/domain/calendar), in why a day is closed
  mandag: 'Monday',
  tirsdag: 'Tuesday',
  onsdag: 'Wednesday',
  torsdag: 'Thursday',
  fredag: 'Friday',
  lørdag: 'Saturday',
  søndag: 'Sunday',
  '1. nyttårsdag': "New Year's Day",
  Skjærtorsdag: 'Maundy Thursday',
  Langfredag: 'Good Friday',
  '1. påskedag': 'Easter Sunday',
  '2. påskedag': 'Easter Monday',
  'Offentlig høytidsdag (1. mai)': 'Labour Day (1 May)',
  'Grunnlovsdag (17. mai)': 'Constitution Day (17 May)',
  'Kristi himmelfartsdag': 'Ascension Day',
  '1. pinsedag': 'Whit Sunday',
  '2. pinsedag': 'Whit Monday',
  '1. juledag': 'Christmas Day',
  '2. juledag': 'Boxing Day',
  // The ladder's role names, the services' names and the plans' labels (src/domain/ladder, src/server/cases,
  // src/domain/plans), where a message puts one in
  Kontaktlærer: 'Contact teacher',
  Faglærer: 'Subject teacher',
  Assistent: 'Assistant',
  Skoleledelsen: 'The school leadership',
  Ressursteam: 'Resource team',
  Nærværsteam: 'Attendance team',
  Helsesykepleier: 'School nurse',
  Kommunepsykolog: 'Municipal psychologist',
  Fastlege: 'GP',
  Barneverntjenesten: 'The child welfare service',
  Avdelingsdirektør: 'Head of department',
  Ansvarsgruppa: 'The responsibility group',
  'Største tjenesteyter i saken': 'The largest service provider in the case',
  Foresatte: 'Guardians',
  Eleven: 'The pupil',
  helsestasjonen: 'the health centre',
  barneverntjenesten: 'the child welfare service',
  kommunepsykologen: 'the municipal psychologist',
  Underskrifter: 'Signatures',
  Underskrift: 'Signature',
  Triggere: 'Triggers',
  tillitspersonen: 'the trusted person',
};
