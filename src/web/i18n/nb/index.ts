import absence from './absence.json';
import app from './app.json';
import audit from './audit.json';
import auth from './auth.json';
import caseScreen from './case.json';
import caseForms from './caseForms.json';
import classScreen from './class.json';
import concerns from './concerns.json';
import consent from './consent.json';
import guardian from './guardian.json';
import home from './home.json';
import identity from './identity.json';
import importScreen from './import.json';
import oidc from './oidc.json';
import plans from './plans.json';
import profiles from './profiles.json';
import pupil from './pupil.json';
import register from './register.json';
import roster from './roster.json';
import settings from './settings.json';
import users from './users.json';

// Bokmål, one file per feature area; each file holds whole top-level subtrees of the one `translation`
// namespace (`case.json` holds `cases` and `participants`), so a key reads as before: t('cases.title').
// The files' top-level keys are disjoint (a test checks it): a key in two files would silently be the last one.
export const nbFiles = {
  app,
  auth,
  oidc,
  home,
  class: classScreen,
  absence,
  register,
  concerns,
  pupil,
  guardian,
  import: importScreen,
  profiles,
  settings,
  case: caseScreen,
  consent,
  caseForms,
  plans,
  users,
  roster,
  identity,
  audit,
};

const nb = {
  ...app,
  ...auth,
  ...oidc,
  ...home,
  ...classScreen,
  ...absence,
  ...register,
  ...concerns,
  ...pupil,
  ...guardian,
  ...importScreen,
  ...profiles,
  ...settings,
  ...caseScreen,
  ...consent,
  ...caseForms,
  ...plans,
  ...users,
  ...roster,
  ...identity,
  ...audit,
};

export default nb;
