import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';

export function BackToReviews() {
  const { t } = useTranslation();
  return (
    <p className="review-noprint">
      <Link asChild>
        <RouterLink to="/gjennomganger">{t('reviews.backToList')}</RouterLink>
      </Link>
    </p>
  );
}
