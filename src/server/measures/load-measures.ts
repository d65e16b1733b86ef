// Reading the shipped measures catalogue (content/measures) from disk; the validation itself is pure
// and lives in src/domain/measures. An invalid file stops the server with the file, group, measure and
// field named, as an invalid rule profile or ladder does.
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  combineCatalogues,
  parseMeasureCatalogue,
  type Measure,
  type MeasureCatalogue,
} from '../../domain/measures/measure-schema';
import { loadJsonFile, type Loaded } from '../content/content-file';
import { isTranslationFile } from '../content/translations';

/** The folder of the shipped catalogue files. */
export const MEASURES_DIR = fileURLToPath(new URL('../../../content/measures/', import.meta.url));

export type LoadedCatalogue = { fileName: string; catalogue: MeasureCatalogue; measures: Measure[] };

/** Reads and validates one catalogue file; errors are Norwegian lines naming the file. */
export function loadMeasureCatalogue(path: string): Loaded<LoadedCatalogue> {
  return loadJsonFile(path, parseMeasureCatalogue, (parsed) => ({
    fileName: basename(path),
    catalogue: parsed.catalogue,
    measures: parsed.measures,
  }));
}

/** Reads and validates every catalogue file in a folder; ids must be unique across the files. */
export function loadMeasuresFrom(
  dir: string,
): { ok: true; catalogues: LoadedCatalogue[]; measures: Measure[] } | { ok: false; errors: string[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !isTranslationFile(f))
    .sort();
  const catalogues: LoadedCatalogue[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const loaded = loadMeasureCatalogue(`${dir}${dir.endsWith('/') ? '' : '/'}${f}`);
    if (loaded.ok) catalogues.push(loaded.value);
    else errors.push(...loaded.errors);
  }
  if (files.length === 0) errors.push(`tiltaksbanken: fant ingen JSON-filer i ${dir}`);
  if (errors.length > 0) return { ok: false, errors };
  const combined = combineCatalogues(catalogues);
  return combined.ok ? { ok: true, catalogues, measures: combined.measures } : combined;
}
