import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useUser } from '../../auth';
import { reviewPlan } from '../../roles';
import { Page } from '../../ui/Page';
import { useReviewSchool } from './SchoolPicker';

/** «Gjennomganger» (issue 19 item 2): the reviews 004 §1.1 (3) asks for, those the user may open. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const plan = reviewPlan(useUser());
  // The school picked on a review stays picked on the others (decision 160).
  const school = useReviewSchool();
  const suffix = school ? `?skole=${encodeURIComponent(school)}` : '';
  const items = [
    plan.weekly && { to: '/gjennomganger/uke', label: t('reviews.weeklyLink'), about: t('reviews.weeklyAbout') },
    plan.trinn && { to: '/gjennomganger/trinn', label: t('reviews.trinnLink'), about: t('reviews.trinnAbout') },
    plan.monthly && { to: '/gjennomganger/maned', label: t('reviews.monthlyLink'), about: t('reviews.monthlyAbout') },
    plan.semester && {
      to: '/gjennomganger/semester',
      label: t('reviews.semesterLink'),
      about: t('reviews.semesterAbout'),
    },
  ].filter((x) => x !== false);
  return (
    <Page title={t('reviews.title')}>
      <Paragraph>{t('reviews.intro')}</Paragraph>
      <ul className="class-list">
        {items.map((item) => (
          <li key={item.to}>
            <Link asChild>
              <RouterLink to={`${item.to}${suffix}`}>{item.label}</RouterLink>
            </Link>
            <Paragraph data-size="sm">{item.about}</Paragraph>
          </li>
        ))}
      </ul>
    </Page>
  );
}
