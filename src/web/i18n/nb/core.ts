import absence from './absence.json';
import app from './app.json';
import auth from './auth.json';
import caseOpen from './caseOpen.json';
import classScreen from './class.json';
import concerns from './concerns.json';
import home from './home.json';
import language from './language.json';
import oidc from './oidc.json';
import profiles from './profiles.json';
import register from './register.json';

// The bokmål texts in the first script: the layout, the login with its language switch (./language.json), the
// class and the morning register with its concern cards (and the case-opening and rule-profile words they show, ./caseOpen.json; the case
// screen's own words are in ./case.json with the rest), so a contact teacher's 08:15 needs nothing more (decision 110). Every other
// file comes with the screens that use it (./rest.ts). A test follows the register page's imports and
// fails if it uses a text that is not here (tests/mirrors/core-texts.test.ts).
export const coreFiles = {
  app,
  auth,
  oidc,
  home,
  class: classScreen,
  absence,
  register,
  concerns,
  caseOpen,
  profiles,
  language,
};

export default {
  ...app,
  ...auth,
  ...oidc,
  ...home,
  ...classScreen,
  ...absence,
  ...register,
  ...concerns,
  ...caseOpen,
  ...profiles,
  ...language,
};
