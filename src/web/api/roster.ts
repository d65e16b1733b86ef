// The roster screen's calls (src/server/routes/roster.ts): the preview and apply of an uploaded file, and
// the templates with their column help.
import type { RosterResult, RosterTemplate } from '../../contract';
import { request, send } from './client';

export type {
  RosterChangeKind,
  RosterCounts,
  RosterProblem,
  RosterResult,
  RosterRow,
  RosterTemplate,
} from '../../contract';

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
