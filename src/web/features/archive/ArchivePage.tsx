import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveApi } from '../../api';
import type { ArchiveExtract } from '../../api';
import { formatDate, formatNumber } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { FailureMessage } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { appToday } from '../../appClock';
import { ExtractCard } from './ExtractCard';

/**
 * «Arkivuttrekk» (decision 223): the school's Noark 5 extracts for its leadership and administrator — each made
 * when a case closed or for a period on request — downloaded as one file, and marked as handed over to the
 * kommune's archive with the date (the retention rules count from it, decision 224).
 */
export function ArchivePage() {
  const { t } = useTranslation();
  const list = useApi('archive-extracts', () => archiveApi.listExtracts());
  const [done, setDone] = useState<string | null>(null);

  return (
    <Page title={t('archive.title')}>
      <Paragraph>{t('archive.intro')}</Paragraph>
      {done && (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      )}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorAlert>{errorMessage(list.error, t('archive.loadFailed'))}</ErrorAlert>}
      {list.status === 'ok' && (
        <>
          <PeriodForm
            schools={list.data.schools}
            onMade={(extract) => {
              setDone(t('archive.madeDone', { count: extract.documents, documents: formatNumber(extract.documents) }));
              void list.refresh();
            }}
          />
          <section aria-labelledby="arkiv-liste">
            <Heading level={2} data-size="sm" id="arkiv-liste">
              {t('archive.listHeading')}
            </Heading>
            {list.data.extracts.length === 0 ? (
              <Paragraph>{t('archive.none')}</Paragraph>
            ) : (
              <ul className="archive-extracts">
                {list.data.extracts.map((e) => (
                  <li key={e.id}>
                    <ExtractCard
                      extract={e}
                      onHandedOver={(on) => {
                        setDone(t('archive.handOverDone', { date: formatDate(on) }));
                        void list.refresh();
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}

function PeriodForm({
  schools,
  onMade,
}: {
  schools: { id: string; name: string }[];
  onMade: (extract: ArchiveExtract) => void;
}) {
  const { t } = useTranslation();
  const today = appToday();
  const [schoolId, setSchoolId] = useState(schools[0]?.id ?? '');
  const [from, setFrom] = useState(`${Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 8 ? 0 : 1)}-08-01`);
  const [to, setTo] = useState(today);
  const submit = useSubmit();
  if (!schools.length) return null;

  const make = submit.onSubmit(async () => {
    submit.clear();
    const { extract } = await archiveApi.makeSchoolExtract(schoolId, from, to);
    onMade(extract);
  });

  return (
    <section aria-labelledby="arkiv-periode">
      <Heading level={2} data-size="sm" id="arkiv-periode">
        {t('archive.periodHeading')}
      </Heading>
      <Paragraph>{t('archive.periodIntro')}</Paragraph>
      <form className="filters" onSubmit={make}>
        {schools.length > 1 && (
          <Field>
            <Label>{t('archive.school')}</Label>
            <Select value={schoolId} onChange={(ev) => setSchoolId(ev.target.value)} width="auto">
              {schools.map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {s.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Textfield
          label={t('archive.from')}
          type="date"
          value={from}
          onChange={(ev) => setFrom(ev.target.value)}
          required
        />
        <Textfield label={t('archive.to')} type="date" value={to} onChange={(ev) => setTo(ev.target.value)} required />
        <Button type="submit" disabled={submit.busy}>
          {submit.busy ? t('archive.making') : t('archive.make')}
        </Button>
      </form>
      <FailureMessage failure={submit.failure} fallback={t('archive.makeFailed')} />
    </section>
  );
}
