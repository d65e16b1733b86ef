import core, { coreFiles } from './core';
import rest, { restFiles } from './rest';

// Bokmål, one file per feature area; each file holds whole top-level subtrees of the one `translation`
// namespace (`case.json` holds `cases`, `participants` and `sendHome`), so a key reads as before: t('cases.title').
// The files' top-level keys are disjoint (a test checks it): a key in two files would silently be the last one.
// The app starts with `core` and adds `rest` with the first screen that needs it (decision 110); this whole
// set is what the types and the tests read.
export const nbFiles = { ...coreFiles, ...restFiles };

const nb = { ...core, ...rest };

export default nb;
