// The front page's «what do I do now» (decision 114).
import type { GetHomeResponse } from '../../contract';
import { request } from './client';

export type Home = GetHomeResponse;
export type HomeCase = GetHomeResponse['schools'][number]['cases'][number];
export type HomeRegister = GetHomeResponse['schools'][number]['registers'][number];
export type HomeConcern = GetHomeResponse['concernsToday'][number];
export type HomeCall = GetHomeResponse['schools'][number]['callHome'][number];

export const homeApi = {
  get: () => request<Home>('/api/home'),
};
