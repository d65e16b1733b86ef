import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MyPupilPage } from '../../api';

/** The plan in the pupil's words (decision 185), or that the pupil and the contact teacher make it together. */
export function MyPlan({ plan }: { plan: MyPupilPage['plan'] }) {
  const { t } = useTranslation();
  if (!plan) return <Paragraph>{t('me.plan.empty')}</Paragraph>;
  const parts = [
    ['schoolDoes', plan.schoolDoes],
    ['iTry', plan.iTry],
    ['whoToGoTo', plan.whoToGoTo],
  ] as const;
  return (
    <>
      {parts
        .filter(([, text]) => text)
        .map(([key, text]) => (
          <div key={key} className="pupil-plan-part">
            <Heading level={3} data-size="xs">
              {t(`me.plan.${key}`)}
            </Heading>
            <Paragraph className="pupil-text">{text}</Paragraph>
          </div>
        ))}
    </>
  );
}
