// Referrals from a case (PPT, BUP via the doctor, barneverntjeneste, helsestasjon …) with status and
// dates, and the expert assessments that come back (PPT's sakkyndig vurdering or a temporary sakkyndig
// uttalelse, a doctor's statement). A referral to barneverntjeneste is a report of concern: it is only
// sent together with the school's documented holistic assessment (004 §5.1), as in the ladder.
import type { Selectable } from 'kysely';
import { checkChildWelfareReport, type HolisticAssessment } from '../../domain/ladder/child-welfare-guardrail';
import type { Database, ReferralStatus } from '../../db/schema';
import { AppError } from '../errors';

export type Referral = Selectable<Database['case_referral']>;

export type Service = Referral['service'];

export type ReferralInput = {
  service: Service;
  status: ReferralStatus;
  sentOn?: string | null | undefined;
  answeredOn?: string | null | undefined;
  guardiansSigned?: boolean | undefined;
  note?: string | null | undefined;
  holisticAssessment?: HolisticAssessment | null | undefined;
};

export function check(input: ReferralInput, today: string): void {
  if (input.status !== 'under-arbeid' && !input.sentOn)
    throw new AppError('validation', 'Skriv når henvisningen ble sendt.', {
      fields: [{ field: 'sentOn', message: 'Mangler' }],
    });
  if (input.sentOn && input.sentOn > today)
    throw new AppError('validation', 'Sendt-datoen kan ikke være fram i tid.', {
      fields: [{ field: 'sentOn', message: 'Fram i tid' }],
    });
  if (input.answeredOn && input.sentOn && input.answeredOn < input.sentOn)
    throw new AppError('validation', 'Svaret kan ikke komme før henvisningen ble sendt.', {
      fields: [{ field: 'answeredOn', message: 'For tidlig' }],
    });
  // 000 §6.2.1: the pedagogical report to PPT is signed by the guardians.
  if (input.service === 'ppt' && input.status !== 'under-arbeid' && !input.guardiansSigned)
    throw new AppError(
      'validation',
      'Henvisning til PPT sendes med pedagogisk rapport underskrevet av foresatte. Kryss av når den er underskrevet.',
      { fields: [{ field: 'guardiansSigned', message: 'Mangler underskrift' }] },
    );
  if (input.service === 'barnevern' && input.status !== 'under-arbeid') {
    const guard = checkChildWelfareReport(input.sentOn ?? today, input.holisticAssessment ?? null);
    if (!guard.ok) throw new AppError('validation', guard.error);
  }
}
