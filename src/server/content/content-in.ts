// The shipped content as a reader sees it (issue 20 item 3, decision 179): in nynorsk for a nynorsk
// reader (each file's `.nn.json`), as written (bokmål) otherwise. English readers get the Norwegian of the
// kommune's målform with a note on screen (`municipalContentNote`). Only for what is shown: what a case
// stores (a filled form's answers, a checklist already made) is never translated.
import type { Language, Malform } from '../../domain/language/language';
import type { FormDefinition } from '../../domain/forms/form-schema';
import type { FormRegistry } from '../../domain/forms/registry';
import { combineDecisionFiles } from '../../domain/decisions/kinds';
import type { Content } from './load-content';
import { contentLanguageFor, inLanguage, type ContentKind } from './translations';

const cache = new WeakMap<Content, Content>();

function translatedForms(content: Content): FormRegistry {
  const forms = content.forms;
  const done = new Map<FormDefinition, FormDefinition>();
  const translate = (form: FormDefinition | undefined) => {
    if (!form) return form;
    let out = done.get(form);
    if (!out) {
      out = inLanguage(content.translations, 'forms', `${form.id}.v${form.version}.json`, form, 'nn');
      done.set(form, out);
    }
    return out;
  };
  return {
    ids: () => forms.ids(),
    versions: (id) => forms.versions(id),
    get: (id, version) => translate(forms.get(id, version)),
    latest: (id) => translate(forms.latest(id)),
    validateStored: (stored) => forms.validateStored(stored),
  };
}

function nynorsk(content: Content): Content {
  const t = content.translations;
  const catalogues = content.measures.catalogues.map((c) => ({
    fileName: c.fileName,
    catalogue: inLanguage(t, 'measures', c.fileName, c.catalogue, 'nn'),
    measures: inLanguage(t, 'measures', c.fileName, c.measures, 'nn'),
  }));
  return {
    ...content,
    profiles: new Map(
      [...content.profiles].map(([name, p]) => [name, inLanguage(t, 'profiles', `${name}.json`, p, 'nn')]),
    ),
    ladders: new Map(
      [...content.ladders].map(([name, l]) => [name, inLanguage(t, 'ladders', `${name}.json`, l, 'nn')]),
    ),
    forms: translatedForms(content),
    measures: { catalogues, measures: catalogues.flatMap((c) => c.measures) },
    retention: inLanguage(t, 'retention', 'default.json', content.retention, 'nn'),
    transitions: {
      schoolChange: inLanguage(t, 'transitions', 'skolebytte.json', content.transitions.schoolChange, 'nn'),
    },
    minutesTemplates: content.minutesTemplates.map((m, i) =>
      inLanguage(t, 'minutes', content.minutesFiles[i] ?? '', m, 'nn'),
    ),
    ...nynorskDecisions(content),
  };
}

function nynorskDecisions(content: Content): Pick<Content, 'decisions' | 'decisionFiles'> {
  const decisionFiles = content.decisionFiles.map((f) =>
    inLanguage(content.translations, 'decisions', f.fileName, f, 'nn'),
  );
  const combined = combineDecisionFiles(decisionFiles);
  // The bokmål combined at load; a translation changes texts only, so it combines the same way.
  return { decisionFiles, decisions: combined.ok ? combined.content : content.decisions };
}

/**
 * The content in the written form a reader sees it in: nynorsk for `nn`; for `en` the kommune's målform
 * (`malform`, bokmål unless told); bokmål for `nb` and for no language (the command line).
 */
export function contentIn(content: Content, language: Language | undefined, malform: Malform = 'nb'): Content {
  if (contentLanguageFor(language, malform) !== 'nn') return content;
  let out = cache.get(content);
  if (!out) {
    out = nynorsk(content);
    cache.set(content, out);
  }
  return out;
}

/**
 * What the web shows beside municipal content: for an English reader, that it is in Norwegian (and in
 * which written form); nothing for a Norwegian reader.
 */
export function municipalContentNote(
  language: Language | undefined,
  malform: Malform = 'nb',
): { contentLanguage: Malform; inNorwegian: boolean } {
  return { contentLanguage: contentLanguageFor(language, malform), inNorwegian: language === 'en' };
}

/**
 * One text of a kind of content in a language: a stored copy of a content text (an alert's rule title, a
 * case's checklist task as the ladder said it) shown in nynorsk when it is still the shipped bokmål word for
 * word; anything else (a kommune's own text, an edited task) as it was stored.
 */
export function textIn(content: Content, kind: ContentKind, text: string, language: Language | undefined): string {
  if (language !== 'nn') return text;
  for (const table of content.translations.nn.get(kind)?.values() ?? []) {
    const nn = table.get(text);
    if (nn !== undefined) return nn;
  }
  return text;
}
