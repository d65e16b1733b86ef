import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

/** The school of a review as the URL names it (`?skole=<id>`), undefined for the viewer's first (decision 160). */
export function useReviewSchool(): string | undefined {
  const [params] = useSearchParams();
  return params.get('skole') ?? undefined;
}

/**
 * The school picker for a viewer who may open the review for several schools: a select and a button (choosing in
 * the select alone changes nothing, WCAG 3.2.2); the choice goes into the URL, so a link or a reload keeps it and
 * the other reviews open for the same school.
 */
export function SchoolPicker({ current, choices }: { current: string; choices: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [choice, setChoice] = useState(current);
  if (choices.length < 2) return null;
  return (
    <form
      className="review-actions review-noprint"
      onSubmit={(e) => {
        e.preventDefault();
        const next = new URLSearchParams(params);
        next.set('skole', choice);
        setParams(next);
      }}
    >
      <Field>
        <Label htmlFor="skole-valg">{t('reviews.school')}</Label>
        <Select id="skole-valg" value={choice} onChange={(e) => setChoice(e.target.value)} width="auto">
          {choices.map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {s.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" data-size="sm">
        {t('reviews.showSchool')}
      </Button>
    </form>
  );
}
