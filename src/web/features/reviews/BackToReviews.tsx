import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useReviewSchool } from './SchoolPicker';

export function BackToReviews() {
  const { t } = useTranslation();
  const school = useReviewSchool();
  return (
    <p className="review-noprint">
      <Link asChild>
        <RouterLink to={school ? `/gjennomganger?skole=${encodeURIComponent(school)}` : '/gjennomganger'}>
          {t('reviews.backToList')}
        </RouterLink>
      </Link>
    </p>
  );
}
