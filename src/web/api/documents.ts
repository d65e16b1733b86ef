// The documents in the family's language (decision 178): the family's language set by the school and by the
// guardian, and the letter printed in a chosen language.
import type {
  GetMyFamilyLanguageResponse,
  SetGuardianLanguageBody,
  SetGuardianLanguageResponse,
  SetMyFamilyLanguageBody,
  SetMyFamilyLanguageResponse,
} from '../../contract';
import type { Language } from '../../domain/language/language';
import { download, id, request } from './client';

export type MyFamilyLanguage = GetMyFamilyLanguageResponse;

export const documentsApi = {
  setGuardianLanguage: (pupilId: string, guardianId: string, body: SetGuardianLanguageBody) =>
    request<SetGuardianLanguageResponse>(`/api/pupils/${id(pupilId)}/guardians/${id(guardianId)}/language`, {
      method: 'PUT',
      body,
    }),
  myFamilyLanguage: () => request<GetMyFamilyLanguageResponse>('/api/my-language'),
  setMyFamilyLanguage: (body: SetMyFamilyLanguageBody) =>
    request<SetMyFamilyLanguageResponse>('/api/my-language', { method: 'PUT', body }),
  /** The letter to the guardians as a PDF in `language` (the school's print is otherwise in the målform). */
  async letterIn(
    alertId: string,
    language: Language,
    confirmProtectedAddress: boolean,
  ): Promise<{ pdf: Blob; fileName: string | null }> {
    const { file, fileName } = await download(`/api/alerts/${id(alertId)}/letter?language=${language}`, {
      method: 'POST',
      body: confirmProtectedAddress ? { confirmProtectedAddress: true } : {},
    });
    return { pdf: file, fileName };
  },
};
