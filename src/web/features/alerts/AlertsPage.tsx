import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { NoticeRegion, useNotice, ReloadContext } from '../../ui/feedback';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api';
import type { Alert as AlertType, AlertStatus } from '../../api';
import { AlertHistoryCard } from '../../components/AlertHistory';
import { ConcernCard } from '../../components/ConcernCard';
import { AlertCaseAction } from '../../components/OpenCase';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { alertHistory } from '../../concerns';
import { compareClassNames } from '../../format';
import { useApi } from '../../useApi';
import { useUser } from '../../auth';
import { concernPlan } from '../../roles';

/** The filter values; "open" = new and not yet handled (new + seen), the default. */
const FILTERS = ['open', 'new', 'seen', 'handled', 'dismissed', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/** The open filters list concerns (with actions); the others list alerts as history. */
const OPEN_FILTERS: readonly Filter[] = ['open', 'new', 'seen'];

function inHistory(alert: AlertType, filter: Filter): boolean {
  return filter === 'all' || alert.status === (filter as AlertStatus);
}

/**
 * Open concerns across the schools the user may see, newest and most severe first, each with the actions
 * on the whole concern; handled, dismissed or all alerts as history, with why a retired one no longer holds.
 */
export function AlertsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: Filter = (FILTERS as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Filter)
    : 'open';
  const classId = params.get('klasse') ?? '';
  const open = OPEN_FILTERS.includes(filter);
  const apiStatus = open ? 'open' : 'all';
  const alerts = useApi(`alerts:${apiStatus}:${classId}`, () =>
    api.alerts({ status: apiStatus, classId: classId || undefined }),
  );
  const classes = useApi('classes', () => api.classes());
  const [notice, announce] = useNotice();
  const plan = concernPlan(useUser());

  function set(key: 'status' | 'klasse', value: string) {
    const next = new URLSearchParams(params);
    if (value && !(key === 'status' && value === 'open')) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  const changed = async (text: string) => {
    announce(text);
    await alerts.refresh();
  };

  const concerns =
    alerts.status === 'ok' && open ? alerts.data.concerns.filter((c) => filter === 'open' || c.status === filter) : [];
  const history =
    alerts.status === 'ok' && !open ? alertHistory(alerts.data.alerts.filter((a) => inHistory(a, filter))) : [];
  const classOptions =
    classes.status === 'ok'
      ? [...classes.data.classes].sort((a, b) => a.trinn - b.trinn || compareClassNames(a.name, b.name))
      : [];

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
      <NoticeRegion notice={notice} className="page-notice" />
      {alerts.status === 'loading' && <Loading />}
      {alerts.status === 'error' && <ErrorAlert>{errorMessage(alerts.error, t('alerts.loadFailed'))}</ErrorAlert>}
      {alerts.status === 'ok' && (
        <ReloadContext.Provider value={() => void alerts.refresh()}>
          {/* Focus lands here when a concern is closed and leaves the list. */}
          <Paragraph role="status" className="alerts-count" id="varsler-antall" tabIndex={-1}>
            {open
              ? t('alerts.countConcerns', { count: concerns.length })
              : t('alerts.count', { count: history.reduce((n, h) => n + h.alerts.length, 0) })}
          </Paragraph>
          <div className="alert-list">
            {open
              ? concerns.map((concern) => (
                  <ConcernCard
                    key={concern.id}
                    concern={concern}
                    showPupil
                    showClass
                    headingLevel={2}
                    onChanged={changed}
                    fallbackFocusId="varsler-antall"
                  />
                ))
              : history.map((entry) => (
                  <AlertHistoryCard key={entry.id} entry={entry} showPupil showClass headingLevel={2}>
                    {plan.openCase && entry.status === 'handled' && !entry.retired && (
                      <AlertCaseAction
                        pupilId={entry.pupilId}
                        pupilName={entry.alerts[0]!.pupilName}
                        alerts={entry.alerts}
                      />
                    )}
                  </AlertHistoryCard>
                ))}
          </div>
        </ReloadContext.Provider>
      )}
    </Page>
  );
}
