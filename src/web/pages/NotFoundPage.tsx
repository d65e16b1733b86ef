import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.backHome')}</RouterLink>
        </Link>
      </Paragraph>
    </Page>
  );
}
