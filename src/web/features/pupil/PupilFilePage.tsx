import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { caseApi } from '../../api';
import type { PupilFile } from '../../api';
import { instantDate } from '../../cases';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { PupilPrivacyActions } from './PupilPrivacyActions';
import { formatDate, formatDateTime, fullName } from '../../format';
import { useApi } from '../../useApi';
import { ProtectedAddressTag } from '../../components/ProtectedAddressTag';
import { HeardRecord } from '../case/HeardFields';

/** The pupil's file (elevmappe): everything documented in the absence follow-up, one section per kind, newest first. */
export function PupilFilePage() {
  const { t } = useTranslation();
  const { pupilId = '' } = useParams();
  const file = useApi(`pupil-file:${pupilId}`, () => caseApi.pupilFile(pupilId));
  const title =
    file.status === 'ok'
      ? t('file.title', { name: fullName(file.data.pupil) })
      : file.status === 'error'
        ? t('file.loadFailed')
        : t('file.loadingTitle');
  return (
    <Page title={title}>
      {file.status === 'loading' && <Loading />}
      {file.status === 'error' && <ErrorAlert>{errorMessage(file.error, t('file.loadFailed'))}</ErrorAlert>}
      {file.status === 'ok' && <FileContents data={file.data} />}
    </Page>
  );
}

const newestFirst = <T,>(items: readonly T[], date: (item: T) => string) =>
  [...items].sort((a, b) => date(b).localeCompare(date(a)));

function FileSection({
  id,
  heading,
  empty,
  children,
}: {
  id: string;
  heading: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="home-section">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {empty !== null ? <Paragraph>{empty}</Paragraph> : children}
    </section>
  );
}

function FileContents({ data }: { data: PupilFile }) {
  const { t } = useTranslation();
  const caseLink = (caseId: string, text: string) => (
    <Link asChild>
      <RouterLink to={`/sak/${encodeURIComponent(caseId)}`}>{text}</RouterLink>
    </Link>
  );
  const serviceName = (s: string) => t(`cases.service_${s}` as 'cases.service_ppt', { defaultValue: s });
  const statusName = (s: string) => t(`cases.referralStatus_${s}` as 'cases.referralStatus_sendt', { defaultValue: s });
  const kindName = (k: string) =>
    t(`cases.assessmentKind_${k}` as 'cases.assessmentKind_legeerklaering', { defaultValue: k });
  return (
    <>
      <Paragraph className="class-meta">
        {t('pupil.meta', { className: data.pupil.className, schoolName: data.pupil.schoolName })}{' '}
        <ProtectedAddressTag value={data.pupil.protectedAddress} />
      </Paragraph>
      <Paragraph>{t('file.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/elev/${encodeURIComponent(data.pupil.id)}`}>
            {t('file.toPupil', { name: fullName(data.pupil) })}
          </RouterLink>
        </Link>
      </Paragraph>

      <FileSection
        id="mappe-saker"
        heading={t('file.casesHeading')}
        empty={data.cases.length === 0 ? t('file.noCases') : null}
      >
        <ul className="plain-list">
          {newestFirst(data.cases, (c) => c.openedAt).map((c) => (
            <li key={c.id}>
              {caseLink(c.id, t('file.caseLink', { date: formatDate(instantDate(c.openedAt)) }))}
              <br />
              <span className="class-list__meta">
                {t('file.caseLine', {
                  level: c.level,
                  status: t(`cases.status_${c.status}`),
                  date: formatDate(instantDate(c.openedAt)),
                  holder: c.stafettholderName,
                })}
              </span>
              {c.summary && (
                <Paragraph data-size="sm">
                  <strong>{t('file.summary')}</strong> {c.summary}
                </Paragraph>
              )}
              {c.heard.length > 0 && (
                <details className="file-heard">
                  <summary>{t('file.heardHeading')}</summary>
                  <ul className="plain-list">
                    {c.heard.map((h, i) => (
                      <li key={i}>
                        <strong>
                          {t('file.heardStep', {
                            step: t(`cases.action_${h.step}` as 'cases.action_close', { defaultValue: h.step }),
                            date: formatDate(instantDate(h.at)),
                          })}
                        </strong>
                        <HeardRecord heard={h.heard} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </FileSection>

      <FileSection
        id="mappe-referater"
        heading={t('file.meetingsHeading')}
        empty={data.meetings.length === 0 ? t('file.noMeetings') : null}
      >
        <ul className="plain-list">
          {newestFirst(data.meetings, (m) => m.heldOn).map((m) => (
            <li key={m.id}>
              <Heading level={3} data-size="2xs">
                {m.title} · {t('file.held', { date: formatDate(m.heldOn) })}
              </Heading>
              <Paragraph data-size="sm" className="meeting__minutes">
                {m.minutes}
              </Paragraph>
            </li>
          ))}
        </ul>
      </FileSection>

      <FileSection
        id="mappe-henvisninger"
        heading={t('file.referralsHeading')}
        empty={data.referrals.length === 0 ? t('file.noReferrals') : null}
      >
        <ul className="plain-list">
          {newestFirst(data.referrals, (r) => r.sentOn ?? '').map((r) => (
            <li key={r.id} data-referral-id={r.id}>
              <strong>{serviceName(r.service)}</strong> · {statusName(r.status)}
              <br />
              <span className="class-list__meta">
                {[
                  r.sentOn ? t('cases.referralSentOn', { date: formatDate(r.sentOn) }) : null,
                  r.answeredOn ? t('cases.referralAnsweredOn', { date: formatDate(r.answeredOn) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </FileSection>

      <FileSection
        id="mappe-vurderinger"
        heading={t('file.assessmentsHeading')}
        empty={data.assessments.length === 0 ? t('file.noAssessments') : null}
      >
        <ul className="plain-list">
          {newestFirst(data.assessments, (a) => a.issuedOn).map((a) => (
            <li key={a.id}>
              <strong>{kindName(a.kind)}</strong>
              <br />
              <span className="class-list__meta">
                {[
                  t('cases.assessmentMeta', { date: formatDate(a.issuedOn), by: a.issuedBy }),
                  a.validUntil ? t('cases.assessmentValidUntil', { date: formatDate(a.validUntil) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <Paragraph data-size="sm">
                <strong>{t('cases.recommendations')}:</strong> {a.recommendations}
              </Paragraph>
            </li>
          ))}
        </ul>
      </FileSection>

      <FileSection
        id="mappe-kontakter"
        heading={t('file.contactsHeading')}
        empty={data.contacts.length === 0 ? t('file.noContacts') : null}
      >
        <ul className="plain-list">
          {newestFirst(data.contacts, (c) => c.contactedAt).map((c) => (
            <li key={c.id}>
              <span className="class-list__meta">
                {t(c.withWhom.length > 0 ? 'file.contactMeta' : 'file.contactMetaNoWho', {
                  when: formatDateTime(c.contactedAt),
                  channel: t(`contacts.channel_${c.channel}` as 'contacts.channel_telefon', {
                    defaultValue: c.channel,
                  }),
                  who: c.withWhom
                    .map((w) => t(`contacts.party_${w}` as 'contacts.party_elev', { defaultValue: w }))
                    .join(', '),
                  name: c.recordedByName,
                })}
              </span>
              <Paragraph data-size="sm">{c.summary}</Paragraph>
              {c.agreed && (
                <Paragraph data-size="sm">
                  <strong>{t('file.agreed')}</strong> {c.agreed}
                </Paragraph>
              )}
            </li>
          ))}
        </ul>
      </FileSection>

      <FileSection
        id="mappe-observasjoner"
        heading={t('file.observationsHeading')}
        empty={data.observations.length === 0 ? t('file.noObservations') : null}
      >
        <ul className="plain-list">
          {newestFirst(data.observations, (o) => o.observedOn).map((o) => (
            <li key={o.id}>
              <span className="class-list__meta">
                {t('file.observationMeta', {
                  date: formatDate(o.observedOn),
                  kind: t(`observations.kind_${o.kind}` as 'observations.kind_tegn', { defaultValue: o.kind }),
                  name: o.recordedByName,
                })}
              </span>
              <Paragraph data-size="sm">{o.description}</Paragraph>
            </li>
          ))}
        </ul>
      </FileSection>

      <PupilPrivacyActions pupil={data.pupil} />
    </>
  );
}
