import type { CaseDetail } from '../../api';
import type { CasePart } from '../../../contract/case-parts';

/**
 * After a change: announce what was done (the text) and fetch the case again without unmounting the page —
 * only the parts the change can have touched when the page says which (decision 117), else the whole case.
 */
export type Changed = (text: string, parts?: readonly CasePart[]) => Promise<void>;

/** What every section of the case screen is given: the case as loaded, and how to say it changed. */
export type SectionProps = { data: CaseDetail; onChanged: Changed };
