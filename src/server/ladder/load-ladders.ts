// Reading the shipped ladders (content/ladders) from disk; the validation itself is pure and lives in
// src/domain/ladder. A shipped ladder that fails validation stops the server with the file, level, task
// and field named, as an invalid rule profile does.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLadder, type Ladder } from '../../domain/ladder/ladder-schema';
import { contentFile, jsonNames, readJson, type Loaded } from '../content/content-file';
import type { Content } from '../content/load-content';
import { AppError } from '../errors';

/** The ladder a municipality follows until it chooses another: Saltdal's tiltakstrapp (000 §5). */
export const DEFAULT_LADDER_ID = 'saltdal';

/** The folder of the shipped ladders. */
export const LADDERS_DIR = fileURLToPath(new URL('../../../content/ladders/', import.meta.url));

export type { Loaded };

/** Names of the shipped ladders (file names without .json), sorted. */
export function shippedLadderNames(): string[] {
  return jsonNames(LADDERS_DIR);
}

/** Loads a ladder by shipped name (e.g. «saltdal») or by path to a JSON file, validated. */
export function loadLadder(nameOrFile: string): Loaded<Ladder> {
  const { path, shipped } = contentFile(nameOrFile, LADDERS_DIR);
  if (!path)
    return {
      ok: false,
      errors: [
        `Ukjent tiltakstrapp «${nameOrFile}». Bruk en av ${shippedLadderNames().join(', ')}, eller stien til en JSON-fil.`,
      ],
    };
  const json = readJson(path, 'tiltakstrapp');
  if (!json.ok) return json;
  const parsed = parseLadder(json.value, basename(path));
  if (!parsed.ok) return parsed;
  // The id is how cases and settings refer to a ladder; a shipped file must be named after it.
  if (shipped && path === shipped && parsed.ladder.id !== nameOrFile)
    return {
      ok: false,
      errors: [`${basename(path)}: id: må være «${nameOrFile}» (samme som filnavnet), ikke «${parsed.ladder.id}»`],
    };
  return { ok: true, value: parsed.ladder };
}

/** A shipped ladder by id. */
export function ladderById(content: Content, id: string): Ladder {
  const ladder = content.ladders.get(id);
  if (!ladder)
    throw new AppError(
      'validation',
      `Ukjent tiltakstrapp «${id}». Gyldige: ${[...content.ladders.keys()].join(', ')}.`,
    );
  return ladder;
}
