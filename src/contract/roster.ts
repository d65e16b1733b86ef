// The roster sync (issue 16 item 2, decisions 082 and 083): the preview and apply of an uploaded bundle
// or template, and the templates with their column help.
import { z } from 'zod';
import { TEMPLATE_NAMES, type TemplateName } from '../domain/roster/template';
import { fileBody } from './common';

/** The problems listed in an answer; the CLI prints them all. */
export const ROSTER_PROBLEMS_LISTED = 200;

const counts = z.object({
  classes: z.number().int(),
  pupils: z.number().int(),
  guardians: z.number().int(),
  staff: z.number().int(),
});
export type RosterCounts = z.infer<typeof counts>;
const byKind = z.object({ new: counts, changed: counts, leaving: counts });
export type RosterChangeKind = keyof z.infer<typeof byKind>;
const row = z.object({ what: z.enum(['klasse', 'elev', 'foresatt', 'ansatt']), name: z.string(), detail: z.string() });
export type RosterRow = z.infer<typeof row>;
const problem = z.object({ file: z.string(), line: z.number().int(), column: z.string(), reason: z.string() });
export type RosterProblem = z.infer<typeof problem>;

// POST /api/roster/preview and /api/roster/apply
export const syncRosterQuery = z.object({
  name: z.string().min(1).max(200).describe('Filnavnet (.zip, .csv eller .xlsx)'),
});
export const syncRosterBody = fileBody('Zip-fil med CSV-filene, eller én mal');
export const syncRosterResponse = z.object({
  format: z.string(),
  dryRun: z.boolean(),
  applied: z.boolean(),
  problems: z.array(problem).describe(`De første ${ROSTER_PROBLEMS_LISTED} feilene`),
  problemCount: z.number().int(),
  totals: byKind,
  schools: z.array(
    z.object({
      school: z.string(),
      counts: byKind,
      rows: z.object({ new: z.array(row), changed: z.array(row), leaving: z.array(row) }),
    }),
  ),
});
export type RosterResult = z.infer<typeof syncRosterResponse>;

// GET /api/roster/templates
export const listRosterTemplatesResponse = z.array(
  z.object({
    name: z.string(),
    columns: z.array(z.object({ name: z.string(), required: z.boolean(), help: z.string() })),
  }),
);
export type RosterTemplate = z.infer<typeof listRosterTemplatesResponse>[number];

// GET /api/roster/template.csv
export const rosterTemplateQuery = z.object({ name: z.enum(TEMPLATE_NAMES as [TemplateName, ...TemplateName[]]) });
export const rosterTemplateResponse = fileBody('Malen som CSV (semikolon, UTF-8 med BOM)');
