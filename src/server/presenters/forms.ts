// How forms filled in a case are shown: the line on the case page, a statement, with whom a form was filled.
import type { FormAudience } from '../../db/schema';
import type { FormRegistry } from '../../domain/forms/registry';
import { type CaseFormRow, type StatementRow } from '../forms/case-forms';

export const AUDIENCE_LABEL: Record<FormAudience, string> = {
  elev: 'sammen med eleven',
  foresatte: 'sammen med foresatte',
  'elev-og-foresatte': 'sammen med eleven og foresatte',
  skolen: 'av skolen',
};

/** The line on the case page: which form, with whom, when (the title from the form's version in `forms`). */
export function presentFormSummary(f: CaseFormRow, forms: FormRegistry) {
  const form = forms.get(f.form_id, f.form_version);
  return {
    id: f.id,
    formId: f.form_id,
    formVersion: f.form_version,
    title: form?.title ?? f.form_id,
    audience: f.audience,
    filledOn: f.filled_on,
    meetingId: f.meeting_id,
    version: f.version,
  };
}

export function presentStatement(s: StatementRow) {
  return {
    id: s.id,
    personName: s.person_name,
    relation: s.relation,
    chosenByPupil: s.chosen_by_pupil,
    statement: s.statement,
    givenOn: s.given_on,
    version: s.version,
  };
}
