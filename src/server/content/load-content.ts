// The municipal content (STYLE.md principle 5): rule profiles, ladders, forms, the measures catalogue,
// retention settings and transition checklists, read from content/ and validated together once, when the
// server or a command starts. A file that fails stops the start with every error of every file, each line
// naming the file and the field (decision 094).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTransitionChecklist, type TransitionChecklist } from '../../domain/cases/transition-checklist';
import type { FormRegistry } from '../../domain/forms/registry';
import type { Ladder } from '../../domain/ladder/ladder-schema';
import type { Measure } from '../../domain/measures/measure-schema';
import type { Retention } from '../../domain/privacy/retention';
import type { Profile } from '../../domain/rules/profile-schema';
import { loadForms } from '../forms/load-forms';
import { loadLadder } from '../ladder/load-ladders';
import { loadMeasuresFrom, type LoadedCatalogue } from '../measures/load-measures';
import { loadRetention } from '../privacy/load-retention';
import { loadProfile } from './profile-files';
import { loadJsonFile, type Loaded } from './content-file';
import { parseMinutesTemplate, type MinutesTemplate } from '../../domain/meetings/minutes-template';
import { MEETING_KINDS } from '../../contract/enums';
import { parseNoticeSettings, type NoticeSettings } from '../../domain/inbox/notice-settings';
import {
  combineDecisionFiles,
  parseDecisionFile,
  type DecisionContent,
  type DecisionKind,
  type LegalBasis,
} from '../../domain/decisions/kinds';
import {
  CONTENT_KINDS,
  isTranslationFile,
  loadTranslations,
  type ContentKind,
  type ContentTranslations,
} from './translations';

/** The shipped content folder. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../content/', import.meta.url));

export type Content = {
  profiles: ReadonlyMap<string, Profile>;
  ladders: ReadonlyMap<string, Ladder>;
  forms: FormRegistry;
  measures: { catalogues: LoadedCatalogue[]; measures: Measure[] };
  retention: Retention;
  transitions: { schoolChange: TransitionChecklist };
  /** The minutes templates of content/minutes, by file name order (decision 116). */
  minutesTemplates: readonly MinutesTemplate[];
  /** When the same-day notice goes and how long a referral may wait (content/settings, decisions 134, 137). */
  settings: NoticeSettings;
  /** The nynorsk translations beside the files (decision 179); `contentIn` gives the content in a language. */
  translations: ContentTranslations;
  /** The file each minutes template came from, in the order of minutesTemplates. */
  minutesFiles: readonly string[];
  /** The kinds of decision and the legal basis table (content/decisions, decision 213), all files together. */
  decisions: DecisionContent;
  /** The same, file by file (their nynorsk is per file). */
  decisionFiles: readonly DecisionFile[];
};

/** One file of content/decisions as read. */
export type DecisionFile = { fileName: string; legalBases: LegalBasis[]; kinds: DecisionKind[] };

/** Content that failed validation: every error of every file, one Norwegian line each. */
export class ContentError extends Error {
  constructor(readonly errors: string[]) {
    super(`Innholdet i content/ er ugyldig:\n${errors.join('\n')}`);
    this.name = 'ContentError';
  }
}

function jsonNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !isTranslationFile(f))
      .sort();
  } catch {
    return [];
  }
}

function loadTransitionChecklist(path: string): Loaded<TransitionChecklist> {
  return loadJsonFile(path, parseTransitionChecklist, (parsed) => parsed.checklist);
}

function loadNoticeSettings(path: string): Loaded<NoticeSettings> {
  return loadJsonFile(
    path,
    (data, fileName) => parseNoticeSettings(data, `settings/${fileName}`),
    (parsed) => parsed.value,
  );
}

function loadMinutesTemplate(path: string): Loaded<MinutesTemplate> {
  return loadJsonFile(
    path,
    (data, fileName) => parseMinutesTemplate(data, fileName, MEETING_KINDS),
    (parsed) => parsed.template,
  );
}

/** Reads and validates all content under `dir` (the shipped folder unless told); throws a ContentError with every error. */
export function loadContent(dir: string = CONTENT_DIR): Content {
  const errors: string[] = [];
  const keep = <T>(result: { ok: true; value: T } | { ok: false; errors: string[] }): T | undefined => {
    if (result.ok) return result.value;
    errors.push(...result.errors);
    return undefined;
  };

  const profiles = new Map<string, Profile>();
  for (const file of jsonNames(join(dir, 'profiles'))) {
    const profile = keep(loadProfile(join(dir, 'profiles', file)));
    if (profile) profiles.set(file.slice(0, -'.json'.length), profile);
  }
  if (profiles.size === 0 && errors.length === 0)
    errors.push(`regelprofiler: fant ingen JSON-filer i ${join(dir, 'profiles')}`);

  const ladders = new Map<string, Ladder>();
  for (const file of jsonNames(join(dir, 'ladders'))) {
    const name = file.slice(0, -'.json'.length);
    const ladder = keep(loadLadder(join(dir, 'ladders', file)));
    if (ladder && ladder.id !== name)
      errors.push(`${file}: id: må være «${name}» (samme som filnavnet), ikke «${ladder.id}»`);
    else if (ladder) ladders.set(name, ladder);
  }

  const forms = loadForms(join(dir, 'forms'));
  if (!forms.ok) errors.push(...forms.errors);
  else {
    // A task ticked by a form (decision 112) must name a form that exists.
    const formIds = new Set(forms.registry.ids());
    for (const [name, ladder] of ladders)
      for (const task of [
        ...ladder.levels.flatMap((l) => l.tasks),
        ...ladder.partnerChecklists.flatMap((c) => c.steps),
      ])
        for (const way of task.doneBy ?? [])
          if (way.type === 'form' && !formIds.has(way.form))
            errors.push(
              `${name}.json: oppgave «${task.id}»: doneBy: skjemaet «${way.form}» finnes ikke i content/forms`,
            );
  }
  const measures = loadMeasuresFrom(join(dir, 'measures'));
  if (!measures.ok) errors.push(...measures.errors);
  const retention = keep(loadRetention(join(dir, 'retention', 'default.json')));
  const schoolChange = keep(loadTransitionChecklist(join(dir, 'transitions', 'skolebytte.json')));
  const settings = keep(loadNoticeSettings(join(dir, 'settings', 'default.json')));

  const minutesTemplates: MinutesTemplate[] = [];
  const minutesFiles: string[] = [];
  for (const file of jsonNames(join(dir, 'minutes'))) {
    const template = keep(loadMinutesTemplate(join(dir, 'minutes', file)));
    if (template) {
      minutesTemplates.push(template);
      minutesFiles.push(file);
    }
  }

  const decisionFiles: DecisionFile[] = [];
  for (const file of jsonNames(join(dir, 'decisions'))) {
    const loaded = keep(
      loadJsonFile(join(dir, 'decisions', file), parseDecisionFile, (parsed) => ({
        fileName: file,
        legalBases: parsed.legalBases,
        kinds: parsed.kinds,
      })),
    );
    if (loaded) decisionFiles.push(loaded);
  }
  if (decisionFiles.length === 0 && errors.length === 0)
    errors.push(`vedtak: fant ingen JSON-filer i ${join(dir, 'decisions')}`);
  const decisions = keep(
    (() => {
      const r = combineDecisionFiles(decisionFiles);
      return r.ok ? { ok: true as const, value: r.content } : r;
    })(),
  );

  // The nynorsk beside each file: wrong shape and stale entries stop the start like any invalid content.
  const files = new Map<ContentKind, string[]>(CONTENT_KINDS.map((kind) => [kind, jsonNames(join(dir, kind))]));
  const translated = loadTranslations(dir, files);
  errors.push(...translated.errors);

  if (errors.length > 0 || !forms.ok || !measures.ok || !retention || !schoolChange || !settings || !decisions)
    throw new ContentError(errors);
  return {
    profiles,
    ladders,
    forms: forms.registry,
    measures: { catalogues: measures.catalogues, measures: measures.measures },
    retention,
    transitions: { schoolChange },
    minutesTemplates,
    settings,
    translations: translated.translations,
    minutesFiles,
    decisions,
    decisionFiles,
  };
}
