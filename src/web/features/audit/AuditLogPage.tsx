import { Button, Field, Label, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { auditApi } from '../../api';
import type { AuditKind, AuditOutcome, AuditReviewEntry, AuditReviewFilter } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { formatDateTime } from '../../format';
import { useApi } from '../../useApi';
import { AUDIT_ENTITIES, ROLES, USER_KINDS, isOneOf } from '../../../contract/enums';

const KINDS: AuditKind[] = ['read', 'create', 'update', 'delete', 'export', 'print'];
const OUTCOMES: AuditOutcome[] = ['allowed', 'denied'];
// Norwegian names in the address bar, as elsewhere in the app.
const PARAM = { pupilId: 'elev', userId: 'bruker', from: 'fra', to: 'til', kind: 'type', outcome: 'utfall' } as const;
type Key = keyof typeof PARAM;

/** Tilgangslogg: who has read or changed data about the pupils of the leadership's own school(s). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const read = (key: Key) => params.get(PARAM[key]) ?? '';
  const page = Math.max(1, Number(params.get('side')) || 1);
  const filter: AuditReviewFilter = {
    pupilId: read('pupilId') || undefined,
    userId: read('userId') || undefined,
    from: read('from') || undefined,
    to: read('to') || undefined,
    kind: (KINDS as string[]).includes(read('kind')) ? (read('kind') as AuditKind) : undefined,
    outcome: (OUTCOMES as string[]).includes(read('outcome')) ? (read('outcome') as AuditOutcome) : undefined,
    page,
  };
  const review = useApi(`audit:${params.toString()}`, () => auditApi.review(filter));
  const [draft, setDraft] = useState<Record<Key, string>>(() => ({
    pupilId: read('pupilId'),
    userId: read('userId'),
    from: read('from'),
    to: read('to'),
    kind: read('kind'),
    outcome: read('outcome'),
  }));
  const change = (key: Key) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const key of Object.keys(PARAM) as Key[]) if (draft[key]) next.set(PARAM[key], draft[key]);
    setParams(next);
  }
  function reset() {
    setDraft({ pupilId: '', userId: '', from: '', to: '', kind: '', outcome: '' });
    setParams(new URLSearchParams());
  }
  function goTo(p: number) {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('side', String(p));
    else next.delete('side');
    setParams(next);
  }

  const options = review.status === 'ok' ? review.data.options : { pupils: [], users: [] };
  const pages = review.status === 'ok' ? Math.max(1, Math.ceil(review.data.total / review.data.pageSize)) : 1;

  return (
    <Page title={t('auditLog.title')}>
      <Paragraph>{t('auditLog.intro')}</Paragraph>
      <form className="filters" onSubmit={apply} aria-label={t('auditLog.filters')}>
        <Field>
          <Label>{t('auditLog.filterPupil')}</Label>
          <Select value={draft.pupilId} onChange={change('pupilId')} width="auto">
            <Select.Option value="">{t('auditLog.allPupils')}</Select.Option>
            {options.pupils.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name} ({p.className})
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('auditLog.filterUser')}</Label>
          <Select value={draft.userId} onChange={change('userId')} width="auto">
            <Select.Option value="">{t('auditLog.allUsers')}</Select.Option>
            {options.users.map((u) => (
              <Select.Option key={u.id} value={u.id}>
                {u.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield label={t('auditLog.filterFrom')} type="date" value={draft.from} onChange={change('from')} />
        <Textfield label={t('auditLog.filterTo')} type="date" value={draft.to} onChange={change('to')} />
        <Field>
          <Label>{t('auditLog.filterKind')}</Label>
          <Select value={draft.kind} onChange={change('kind')} width="auto">
            <Select.Option value="">{t('auditLog.allKinds')}</Select.Option>
            {KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`auditLog.kind_${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('auditLog.filterOutcome')}</Label>
          <Select value={draft.outcome} onChange={change('outcome')} width="auto">
            <Select.Option value="">{t('auditLog.allOutcomes')}</Select.Option>
            {OUTCOMES.map((o) => (
              <Select.Option key={o} value={o}>
                {t(`auditLog.outcome_${o}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="audit-actions">
          <Button type="submit">{t('auditLog.apply')}</Button>
          <Button type="button" variant="secondary" onClick={reset}>
            {t('auditLog.reset')}
          </Button>
        </div>
      </form>
      {review.status === 'loading' && <Loading />}
      {review.status === 'error' && <ErrorAlert>{errorMessage(review.error, t('auditLog.loadFailed'))}</ErrorAlert>}
      {review.status === 'ok' && (
        <>
          <Paragraph role="status" id="tilgangslogg-antall">
            {t('auditLog.count', { count: review.data.total, page: review.data.page, pages })}
          </Paragraph>
          {review.data.entries.length > 0 && <ReviewTable entries={review.data.entries} />}
          {pages > 1 && (
            <nav aria-label={t('auditLog.pagination')} className="audit-actions">
              <Button type="button" variant="secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t('auditLog.previous')}
              </Button>
              <Button type="button" variant="secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {t('auditLog.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}

function ReviewTable({ entries }: { entries: AuditReviewEntry[] }) {
  const { t } = useTranslation();
  // Roles and what was touched in words, never the codes the row stores (an unknown code reads as «opplysninger»).
  const roleText = (role: string) =>
    role
      .split(',')
      .filter(Boolean)
      .map((r) => (isOneOf(ROLES, r) ? t(`roles.${r}`) : isOneOf(USER_KINDS, r) ? t(`auditLog.accountKind.${r}`) : ''))
      .filter(Boolean)
      .join(', ');
  const whatText = (e: AuditReviewEntry) =>
    t('auditLog.what', {
      kind: e.kind ? t(`auditLog.kind_${e.kind}`) : '',
      what:
        e.entity && isOneOf(AUDIT_ENTITIES, e.entity) ? t(`auditLog.entity.${e.entity}`) : t('auditLog.entityUnknown'),
    }).trim();
  return (
    <div className="table-scroll table-scroll--wide" role="region" aria-labelledby="tilgangslogg-antall" tabIndex={0}>
      <Table data-size="sm" border zebra>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('auditLog.colWhen')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('auditLog.colWho')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('auditLog.colPupil')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('auditLog.colWhat')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('auditLog.colOutcome')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('auditLog.colOrganisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('auditLog.colIp')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((e) => (
            <Table.Row key={e.id}>
              <Table.HeaderCell scope="row">{formatDateTime(e.at)}</Table.HeaderCell>
              <Table.Cell>
                {e.userName}
                {e.role && <span className="class-list__meta"> ({roleText(e.role)})</span>}
              </Table.Cell>
              <Table.Cell>{e.pupilName ?? ''}</Table.Cell>
              <Table.Cell>{whatText(e)}</Table.Cell>
              <Table.Cell>
                <Tag data-color={e.outcome === 'denied' ? 'danger' : 'success'}>
                  {t(`auditLog.outcome_${e.outcome}`)}
                </Tag>
              </Table.Cell>
              <Table.Cell>{e.organisation ?? ''}</Table.Cell>
              <Table.Cell>{e.clientIp ?? ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
