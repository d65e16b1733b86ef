import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { NoticeRegion, useNotice, ReloadContext } from '../../ui/feedback';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { ApiError, caseApi } from '../../api';
import type { CaseDetail, MeetingKind } from '../../api';
import { useAuth, useUser } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import type { Changed } from './types';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { AssessmentsSection } from './sections/Assessments';
import { NoticesSection } from './sections/Notices';
import { ReferralsSection } from './sections/Referrals';
import { CaseFormsSection } from './forms/CaseFormsSection';
import { ConsentSection } from './consent/ConsentSection';
import { PlansSection } from './plans/PlansSection';
import { DecisionsSection } from './decisions/DecisionsSection';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { accessServiceLabel } from '../../consent';
import { fullName } from '../../format';
import { useApi } from '../../useApi';
import { StatusSection, GuidelineSection } from './sections/Status';
import { BeforeAfterSection } from './sections/BeforeAfter';
import { ActionsSection } from './sections/Actions';
import { TasksSection } from './sections/Tasks';
import { MeetingsSection } from './sections/Meetings';
import { ContactSection } from './sections/Contact';
import { TimelineSection } from './sections/Timeline';
import { AlertsSection } from './sections/Alerts';
import { PupilEntriesSection } from './sections/PupilEntries';
import { HealthCalendarSection, HealthChecklistSection } from './sections/HealthPartner';
import { HEALTH_PARTNER_ROLES, hasAnyRole } from '../../roles';
import { HolderExtracts } from '../archive/HolderExtracts';
import { CaseSectionMenu } from './CaseSectionMenu';
import { SchoolEnvironmentMatters } from '../../components/SchoolEnvironmentMatters';
import type { CasePart } from '../../../contract/case-parts';
import { ProtectedAddressTag } from '../../components/ProtectedAddressTag';
import { MunicipalContentNote } from '../../components/MunicipalContentNote';

/** One case along the tiltakstrapp: where it stands and what the guideline says, what to do next, the checklist, meetings, contacts and the timeline. */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const { handleApiError } = useAuth();
  const user = useUser();
  const loaded = useApi(`case:${caseId}`, () => caseApi.get(caseId));
  const [current, setData] = useState<CaseDetail | null>(null);
  const data = current && current.id === caseId ? current : null;
  const [notice, announce] = useNotice();
  // A checklist task's "Planlegg møte" opens the meeting form with the task's kind of meeting.
  const [meetingRequest, setMeetingRequest] = useState<{ kind: MeetingKind; n: number } | null>(null);
  const loadedData = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (loadedData) setData(loadedData);
  }, [loadedData]);

  // After a change: fetch again without unmounting the page, so focus stays where it is — only the parts the
  // action can have changed (decision 117); an action that moves the whole case fetches it all.
  async function refresh(parts?: readonly CasePart[]) {
    try {
      if (!parts) return setData(await caseApi.get(caseId));
      const fresh = await caseApi.parts(caseId, parts);
      setData((d) => (d && d.id === fresh.id ? ({ ...d, ...fresh } as CaseDetail) : d));
    } catch (error) {
      handleApiError(error);
    }
  }
  const changed: Changed = async (text, parts) => {
    await refresh(parts);
    announce(text);
  };
  /** What a section's actions change: its own part, the checklist and status, and the log where they write to it. */
  const changedIn =
    (...parts: CasePart[]): Changed =>
    (text) =>
      changed(text, parts);

  // A case the user may not see answers as one that does not exist (the server says 404 for both).
  if (!data && loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404)
    return <NotFoundPage />;
  const title = data
    ? t('cases.title', { name: fullName(data.pupil) })
    : loaded.status === 'error'
      ? t('cases.loadFailed')
      : t('cases.loadingTitle');
  const readOnly = data?.readOnly ?? false;
  const serviceLabel = data && readOnly ? accessServiceLabel(user) : null;
  return (
    <ReloadContext.Provider value={() => void changed(t('pupil.reloaded'))}>
      <Page title={title}>
        {loaded.status === 'loading' && !data && <Loading />}
        {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('cases.loadFailed'))}</ErrorAlert>}
        {data && (
          <>
            <Paragraph className="class-meta">
              {t('cases.meta', {
                className: data.pupil.className,
                schoolName: data.pupil.schoolName,
                ladder: data.ladder.name,
              })}{' '}
              <ProtectedAddressTag value={data.pupil.protectedAddress} />
            </Paragraph>
            <MunicipalContentNote content={data.municipalContent} />
            {readOnly ? (
              <Alert data-color="info" className="consent-access-note">
                <Paragraph>
                  {serviceLabel ? t('consent.readOnlyNote', { service: serviceLabel }) : t('consent.readOnlyNoteAny')}
                </Paragraph>
              </Alert>
            ) : (
              <Paragraph>
                <Link asChild>
                  <RouterLink to={`/elev/${encodeURIComponent(data.pupil.id)}`}>
                    {t('cases.toPupil', { name: fullName(data.pupil) })}
                  </RouterLink>
                </Link>
                {' · '}
                <Link asChild>
                  <RouterLink to={`/elev/${encodeURIComponent(data.pupil.id)}/mappe`}>
                    {t('cases.pupilFileLink', { name: fullName(data.pupil) })}
                  </RouterLink>
                </Link>
              </Paragraph>
            )}
            {/* A safe school first (decision 187): an open school environment matter stands above the case. */}
            {/* Keyed by the timeline: a note that starts the aktivitetsplikt adds to it, and the matter shows. */}
            {!readOnly && (
              <SchoolEnvironmentMatters key={`skolemiljo-${data.timeline.length}`} pupilId={data.pupil.id} atTop />
            )}
            <CaseSectionMenu data={data} />
            <NoticeRegion notice={notice} className="page-notice" />
            <StatusSection data={data} onChanged={changed} />
            <BeforeAfterSection data={data} />
            <PupilEntriesSection data={data} />
            {/* A service partner reads through the consent: no moves, forms or links into the school's registers. */}
            {readOnly && <ConsentSection data={data} onChanged={changedIn('consents', 'status', 'timeline')} />}
            {!readOnly && <ActionsSection data={data} onChanged={changed} />}
            <GuidelineSection data={data} />
            <TasksSection
              data={data}
              onChanged={changedIn('status')}
              onPlanMeeting={(kind) => setMeetingRequest((r) => ({ kind, n: (r?.n ?? 0) + 1 }))}
            />
            {!readOnly && <ConsentSection data={data} onChanged={changedIn('consents', 'status', 'timeline')} />}
            {data.meetings && (
              <MeetingsSection
                data={data}
                meetings={data.meetings}
                onChanged={changedIn('meetings', 'status', 'timeline')}
                request={meetingRequest}
              />
            )}
            <CaseFormsSection data={data} onChanged={changedIn('forms', 'status')} />
            {!readOnly && <NoticesSection data={data} onChanged={changedIn('status', 'timeline')} />}
            <ReferralsSection data={data} onChanged={changedIn('referrals', 'status', 'timeline')} />
            <AssessmentsSection data={data} onChanged={changedIn('referrals', 'status')} />
            <PlansSection data={data} onChanged={changedIn('plans', 'status', 'timeline')} />
            {!readOnly && <DecisionsSection data={data} onChanged={changed} />}
            <HealthChecklistSection data={data} />
            {readOnly && hasAnyRole(user, HEALTH_PARTNER_ROLES) && <HealthCalendarSection data={data} />}
            <ContactSection data={data} onChanged={changedIn('timeline', 'status')} />
            <TimelineSection data={data} />
            {/* Closing makes the case's extract (decision 221): fetched again with each version of the case. */}
            {!readOnly && data.state.status === 'closed' && (
              <HolderExtracts key={data.version} holder={{ caseId: data.id }} />
            )}
            {!readOnly && <AlertsSection data={data} />}
          </>
        )}
      </Page>
    </ReloadContext.Provider>
  );
}
