// The roster screen's calls (src/server/routes/roster.ts): the preview and apply of an uploaded file, and
// the templates with their column help.
import { request, send } from '../../api';

export type RosterCounts = { classes: number; pupils: number; guardians: number; staff: number };
export type RosterChangeKind = 'new' | 'changed' | 'leaving';
export type RosterRow = { what: 'klasse' | 'elev' | 'foresatt' | 'ansatt'; name: string; detail: string };
export type RosterProblem = { file: string; line: number; column: string; reason: string };
export type RosterResult = {
  format: string;
  dryRun: boolean;
  applied: boolean;
  problems: RosterProblem[];
  problemCount: number;
  totals: Record<RosterChangeKind, RosterCounts>;
  schools: {
    school: string;
    counts: Record<RosterChangeKind, RosterCounts>;
    rows: Record<RosterChangeKind, RosterRow[]>;
  }[];
};
export type RosterTemplate = { name: string; columns: { name: string; required: boolean; help: string }[] };

/** The content type the server reads a file as, from its name. */
export function rosterContentType(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.zip')) return 'application/zip';
  if (lower.endsWith('.csv')) return 'text/csv';
  if (lower.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

export const rosterApi = {
  async sync(file: File, type: string, dryRun: boolean): Promise<RosterResult> {
    const response = await send(
      `/api/roster/${dryRun ? 'preview' : 'apply'}?name=${encodeURIComponent(file.name)}`,
      'POST',
      true,
      'application/json',
      { data: file, type },
    );
    return (await response.json()) as RosterResult;
  },
  templates: () => request<RosterTemplate[]>('/api/roster/templates'),
};
