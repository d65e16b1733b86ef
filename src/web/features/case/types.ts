import type { CaseDetail } from '../../api';

/** After a change: announce what was done (the text) and fetch the case again without unmounting the page. */
export type Changed = (text: string) => Promise<void>;

/** What every section of the case screen is given: the case as loaded, and how to say it changed. */
export type SectionProps = { data: CaseDetail; onChanged: Changed };
