import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api';
import type { Alert, AlertStatus } from '../api';
import { AlertSummary } from '../components/AlertSummary';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { OpenCaseFromAlert } from '../components/OpenCase';
import { Page } from '../components/Page';
import { compareClassNames } from '../format';
import { useApi } from '../useApi';

/** The filter values; "open" = new and not yet handled (new + seen), the default. */
const FILTERS = ['open', 'new', 'seen', 'handled', 'dismissed', 'all'] as const;
type Filter = (typeof FILTERS)[number];

function matches(alert: Alert, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return alert.status === 'new' || alert.status === 'seen';
  return alert.status === (filter as AlertStatus);
}

/** New and unhandled alerts across the schools the user may see, newest first, filterable by status and class. */
export function AlertsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: Filter = (FILTERS as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Filter) : 'open';
  const classId = params.get('klasse') ?? '';
  const apiStatus = filter === 'open' || filter === 'new' || filter === 'seen' ? 'open' : 'all';
  const alerts = useApi(`alerts:${apiStatus}:${classId}`, () => api.alerts({ status: apiStatus, classId: classId || undefined }));
  const classes = useApi('classes', () => api.classes());

  function set(key: 'status' | 'klasse', value: string) {
    const next = new URLSearchParams(params);
    if (value && !(key === 'status' && value === 'open')) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  const shown = alerts.status === 'ok' ? alerts.data.alerts.filter((a) => matches(a, filter)).sort((a, b) => b.startedOn.localeCompare(a.startedOn) || a.pupilName.localeCompare(b.pupilName, 'nb')) : [];
  const classOptions = classes.status === 'ok' ? [...classes.data.classes].sort((a, b) => a.trinn - b.trinn || compareClassNames(a.name, b.name)) : [];

  return (
    <Page title={t('alerts.title')}>
      <Paragraph>{t('alerts.intro')}</Paragraph>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('alerts.filters')}>
        <Field>
          <Label>{t('alerts.filterStatus')}</Label>
          <Select value={filter} onChange={(e) => set('status', e.target.value)} width="auto">
            {FILTERS.map((f) => (
              <Select.Option key={f} value={f}>
                {t(`alerts.filter_${f}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('alerts.filterClass')}</Label>
          <Select value={classId} onChange={(e) => set('klasse', e.target.value)} width="auto">
            <Select.Option value="">{t('alerts.allClasses')}</Select.Option>
            {classOptions.map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {c.name} – {c.schoolName}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </form>
      {alerts.status === 'loading' && <Loading />}
      {alerts.status === 'error' && <ErrorAlert>{errorMessage(alerts.error, t('alerts.loadFailed'))}</ErrorAlert>}
      {alerts.status === 'ok' && (
        <>
          <Paragraph role="status" className="alerts-count">
            {t('alerts.count', { count: shown.length })}
          </Paragraph>
          <div className="alert-list">
            {shown.map((alert) => (
              <AlertSummary key={alert.id} alert={alert} showPupil showClass headingLevel={2}>
                <OpenCaseFromAlert alert={alert} />
              </AlertSummary>
            ))}
          </div>
        </>
      )}
    </Page>
  );
}
