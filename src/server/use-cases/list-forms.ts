import { countsAsPupilVoice } from '../forms/case-forms';
import type { Content } from '../content/load-content';

/** The forms one can fill: the newest version of each shipped form. Content, not pupil data. */
export function listForms(content: Content) {
  const forms = content.forms;
  return forms.ids().map((id) => {
    const f = forms.latest(id)!;
    return {
      id: f.id,
      version: f.version,
      versions: forms.versions(id),
      title: f.title,
      source: f.source,
      audience: f.audience,
      countsAsPupilVoice: countsAsPupilVoice(f.id, f.version),
    };
  });
}
