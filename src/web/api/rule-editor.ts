// The school owner's rule editor: a draft profile's what-if, and the versions of a profile or ladder (decisions 144–146).
import type {
  LadderVersionsResponse,
  ListLaddersResponse,
  RuleProfileVersionsResponse,
  RuleProfileWhatIfResponse,
  SaveLadderResponse,
} from '../../contract';
import { id, request } from './client';

export type WhatIf = RuleProfileWhatIfResponse;
export type DefinitionVersion = RuleProfileVersionsResponse['versions'][number];
export type LadderEntry = ListLaddersResponse['ladders'][number];

export const ruleEditorApi = {
  whatIf: (profileId: string, definition: unknown) =>
    request<RuleProfileWhatIfResponse>(`/api/rule-profiles/${id(profileId)}/what-if`, {
      method: 'POST',
      body: { definition },
    }),
  profileVersions: (profileId: string) =>
    request<RuleProfileVersionsResponse>(`/api/rule-profiles/${id(profileId)}/versions`),
  ladders: () => request<ListLaddersResponse>('/api/ladders'),
  saveLadder: (ladderId: string, definition: unknown, version?: number) =>
    request<SaveLadderResponse>(`/api/ladders/${id(ladderId)}`, {
      method: 'PUT',
      body: version === undefined ? { definition } : { definition, version },
    }),
  ladderVersions: (ladderId: string) => request<LadderVersionsResponse>(`/api/ladders/${id(ladderId)}/versions`),
};
