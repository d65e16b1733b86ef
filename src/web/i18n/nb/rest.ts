import archive from './archive.json';
import audit from './audit.json';
import caseScreen from './case.json';
import caseFigures from './caseFigures.json';
import caseForms from './caseForms.json';
import caseMeetings from './caseMeetings.json';
import caseNav from './caseNav.json';
import charts from './charts.json';
import consent from './consent.json';
import decisions from './decisions.json';
import documents from './documents.json';
import frontpage from './frontpage.json';
import guardian from './guardian.json';
import health from './health.json';
import identity from './identity.json';
import oversight from './oversight.json';
import reviews from './reviews.json';
import importScreen from './import.json';
import inbox from './inbox.json';
import ladders from './ladders.json';
import languageChoice from './languageChoice.json';
import municipalContent from './municipalContent.json';
import ruleEditor from './ruleEditor.json';
import plans from './plans.json';
import pupil from './pupil.json';
import roster from './roster.json';
import schoolEnvironment from './schoolEnvironment.json';
import settings from './settings.json';
import users from './users.json';
import me from './me.json';
import pupilEntries from './pupilEntries.json';
import timetable from './timetable.json';

// The bokmål texts that come with the screens (see ./core.ts): one chunk, loaded once, with the first
// screen that needs it.
export const restFiles = {
  pupil,
  guardian,
  import: importScreen,
  settings,
  consent,
  case: caseScreen,
  caseForms,
  caseMeetings,
  caseNav,
  plans,
  users,
  roster,
  identity,
  audit,
  frontpage,
  oversight,
  charts,
  reviews,
  caseFigures,
  inbox,
  ladders,
  ruleEditor,
  documents,
  languageChoice,
  municipalContent,
  me,
  pupilEntries,
  health,
  schoolEnvironment,
  timetable,
  archive,
  decisions,
};

export default {
  ...pupil,
  ...guardian,
  ...importScreen,
  ...settings,
  ...consent,
  ...caseScreen,
  ...caseForms,
  ...caseMeetings,
  ...caseNav,
  ...plans,
  ...users,
  ...roster,
  ...identity,
  ...audit,
  ...frontpage,
  ...oversight,
  ...charts,
  ...reviews,
  ...caseFigures,
  ...inbox,
  ...ladders,
  ...ruleEditor,
  ...documents,
  ...languageChoice,
  ...municipalContent,
  ...me,
  ...pupilEntries,
  ...health,
  ...schoolEnvironment,
  ...timetable,
  ...archive,
  ...decisions,
};
