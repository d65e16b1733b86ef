import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MyChild } from '../../../api';
import { formatDateTime } from '../../../format';
import { Section } from '../../../ui/feedback';

/** What the guardian has written back to the school, newest first. */
export function Replies({ data }: { data: MyChild }) {
  const { t } = useTranslation();
  if (data.replies.length === 0) return null;
  return (
    <Section id="svar" heading={t('child.repliesHeading')}>
      <ul className="plain-list">
        {data.replies.map((r) => (
          <li key={r.id}>
            <strong>{formatDateTime(r.at)}</strong>: {r.text}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The child's other guardians; their phone and e-mail only when neither they, the reader nor the child is protected (decisions 131, 153). */
export function OtherGuardians({ data }: { data: MyChild }) {
  const { t } = useTranslation();
  if (data.otherGuardians.length === 0) return null;
  return (
    <Section id="foresatte" heading={t('child.guardiansHeading')}>
      <ul className="plain-list">
        {data.otherGuardians.map((g, i) => (
          <li key={i}>
            <strong>{g.name}</strong>
            {!g.parentalResponsibility && <> ({t('child.noResponsibility')})</>}
            {g.phone && <>, {t('child.phone', { phone: g.phone })}</>}
            {g.email && <>, {g.email}</>}
          </li>
        ))}
      </ul>
      {data.child.protectedAddress ? (
        <Paragraph data-size="sm">{t('child.contactHidden')}</Paragraph>
      ) : (
        data.otherGuardians.some((g) => g.contactHidden) && (
          <Paragraph data-size="sm">{t('child.contactHiddenGuardian')}</Paragraph>
        )
      )}
    </Section>
  );
}
