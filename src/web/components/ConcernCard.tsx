import { Button, Checkbox, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { ComponentType, RefObject } from 'react';
import { useSubmit } from '../ui/useSubmit';
import { FailureMessage } from '../ui/feedback';
import { FormButtons } from '../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { api } from '../api';
import type { Alert, Concern, ConcernCase, ProtectedAddress } from '../api';
import { useUser } from '../auth';
import { alertRefs } from '../concerns';
import { concernPlan } from '../roles';
import { CardHead, RuleList, cardEpisode, useEpisodeDates } from './AlertHistory';
import { ContactForm } from './ContactForm';
import { OpenCaseFromAlerts } from './OpenCase';
import { downloadBlob } from '../ui/download';
import { focusLater } from '../ui/focus';
import { PanelForm, usePanelForm, type PanelFormProps } from '../ui/PanelForm';
import type { Language } from '../../domain/language/language';
import { formatDayOf } from '../format';

/** «Send til foresatte» beside the letter: a page's own component, so the register's script never carries it. */
export type SendLetterProps = {
  alert: Alert;
  confirmed: boolean;
  onChanged(text: string): Promise<void>;
  /** The languages the family has chosen, to print the letter in (decision 178). */
  familyLanguages?: readonly Language[] | undefined;
};

/**
 * What the page knows of the pupil to offer the letter to guardians (the pupil page and the class page); the
 * pupil page also knows the letters sent to the guardians in Nærvær and offers to send one (decision 130).
 */
export type LetterPupil = {
  firstName: string;
  lastName: string;
  protectedAddress: ProtectedAddress;
  lettersSent?: { alertId: string; sentAt: string; languages?: Language[] }[];
  /** The languages the guardians have chosen (decision 178). */
  familyLanguages?: readonly Language[];
  SendLetter?: ComponentType<SendLetterProps>;
};

export type ConcernCardProps = {
  concern: Concern;
  headingLevel?: 2 | 3 | 4;
  /** Name the pupil (a link to the pupil page) in the heading: lists across pupils. */
  showPupil?: boolean;
  showClass?: boolean;
  /** Offers the actions on the whole concern; the page says what happened and fetches again. Without it the card only reads. */
  onChanged?: (text: string) => Promise<void>;
  /** The pupil, when the page knows the protected address: then the letter to guardians is offered. */
  letterFor?: LetterPupil | null;
  /** What gets focus when the card is gone after an action (a heading with tabIndex -1). */
  fallbackFocusId?: string;
};

/**
 * One concern (decision 026): a pupil's rules that fire on overlapping days, one card with every rule and its
 * figures, one next step (the most severe rule's) and one set of actions that act on all of them. A pupil with
 * an open case gets the case instead of a call home: the card says so and links to it.
 */
export function ConcernCard({
  concern,
  headingLevel = 3,
  showPupil = false,
  showClass = false,
  onChanged,
  letterFor = null,
  fallbackFocusId,
}: ConcernCardProps) {
  const { t } = useTranslation();
  const lead = concern.alerts[0]!;
  const several = concern.alerts.length > 1;
  const dates = useEpisodeDates()(cardEpisode(concern.alerts));
  return (
    <article
      className="alert-card concern-card"
      data-alert-id={concern.id}
      data-pupil-id={concern.pupilId}
      aria-labelledby={`varsel-${concern.id}`}
    >
      <CardHead
        id={concern.id}
        headingLevel={headingLevel}
        lead={{ ...lead, pupilId: concern.pupilId, pupilName: concern.pupilName, className: concern.className }}
        showPupil={showPupil}
        showClass={showClass}
        status={concern.status}
        dates={dates}
      >
        {several && (
          <Tag data-color="info" data-size="sm" className="concern-card__count">
            {t('concerns.rulesFire', { count: concern.alerts.length })}
          </Tag>
        )}
      </CardHead>
      {concern.case ? (
        <CaseNote pupilName={concern.pupilName} openCase={concern.case} />
      ) : (
        <Paragraph className="alert-card__next">
          <strong>{t('alerts.nextStep')}</strong> {concern.nextStep}
        </Paragraph>
      )}
      <RuleList alerts={concern.alerts} label={t('concerns.rulesLabel')} cardDates={dates} />
      {onChanged && (
        <ConcernActions
          concern={concern}
          onChanged={onChanged}
          letterFor={letterFor}
          fallbackFocusId={fallbackFocusId}
        />
      )}
    </article>
  );
}

/** The open case the concern goes into, instead of «ta kontakt med foresatte». */
function CaseNote({ pupilName, openCase }: { pupilName: string; openCase: ConcernCase }) {
  const { t } = useTranslation();
  return (
    <div className="concern-card__case">
      <Paragraph>
        <strong>{t('concerns.inCase')}</strong>{' '}
        {t('concerns.inCaseDetail', { level: openCase.level, name: openCase.stafettholderName })}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/sak/${encodeURIComponent(openCase.id)}`}>
            {t('concerns.toCase')}
            <span className="ds-sr-only"> {t('concerns.forWho', { name: pupilName })}</span>
          </RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}

type Panel = 'handle' | 'dismiss' | null;

/**
 * After the concern is closed its buttons are gone: focus goes to its heading — on the pupil page now a
 * history entry, headed by one of its alerts — or else to the list's heading.
 */
function focusAfterClose(concern: Concern, fallbackId: string | undefined) {
  focusLater(() => {
    const heading = concern.alerts.map((a) => document.getElementById(`varsel-${a.id}`)).find((el) => el !== null);
    return heading ?? (fallbackId ? document.getElementById(fallbackId) : null);
  });
}

type ConcernActionsProps = {
  concern: Concern;
  onChanged(text: string): Promise<void>;
  letterFor: LetterPupil | null;
  fallbackFocusId: string | undefined;
};

/** Merk som sett, Håndter (one contact), Avvis (one reason), the letter and «Opprett sak»: each on the whole concern. */
function ConcernActions({ concern, onChanged, letterFor, fallbackFocusId }: ConcernActionsProps) {
  const { t } = useTranslation();
  const plan = concernPlan(useUser());
  const [panel, setPanel] = useState<Panel>(null);
  const { busy, failure, run, clear } = useSubmit();
  const handleButton = useRef<HTMLButtonElement>(null);
  const dismissButton = useRef<HTMLButtonElement>(null);
  const lead = concern.alerts[0]!;
  const count = concern.alerts.length;
  const name = concern.pupilName;
  // Buttons on several cards are told apart by the pupil and the lead rule (for screen readers).
  const who = <span className="ds-sr-only"> – {t('concerns.buttonFor', { name, rule: lead.ruleTitle })}</span>;
  const showLetter = plan.letter && letterFor !== null && concern.case === null;
  const showOpenCase = plan.openCase && concern.case === null;
  if (!plan.act && !showLetter && !showOpenCase) return null;

  async function markSeen() {
    clear();
    await run(async () => {
      await api.markConcernSeen(alertRefs(concern.alerts));
      await onChanged(t('concerns.markedSeen', { name }));
      focusLater(handleButton);
    });
  }

  function close(button: RefObject<HTMLButtonElement | null>) {
    setPanel(null);
    focusLater(button);
  }

  return (
    <div className="alert-actions">
      <FailureMessage failure={failure} fallback={t('concerns.actionFailed')} />
      {plan.act && (
        <div className="button-row">
          {concern.status === 'new' && (
            <Button variant="secondary" data-size="sm" onClick={markSeen} disabled={busy} aria-busy={busy || undefined}>
              {t('concerns.markSeen')}
              {who}
            </Button>
          )}
          <Button
            ref={handleButton}
            variant={panel === 'handle' ? 'primary' : 'secondary'}
            data-size="sm"
            aria-expanded={panel === 'handle'}
            onClick={() => setPanel(panel === 'handle' ? null : 'handle')}
          >
            {t('concerns.handle')}
            {who}
          </Button>
          <Button
            ref={dismissButton}
            variant={panel === 'dismiss' ? 'primary' : 'secondary'}
            data-size="sm"
            aria-expanded={panel === 'dismiss'}
            onClick={() => setPanel(panel === 'dismiss' ? null : 'dismiss')}
          >
            {t('concerns.dismiss')}
            {who}
          </Button>
        </div>
      )}
      {panel === 'handle' && (
        <div className="inline-panel">
          <Heading level={4} data-size="2xs">
            {t('concerns.handleHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('concerns.handleHelp', { count })}</Paragraph>
          <ContactForm
            autoFocus
            submitLabel={t('concerns.handleSubmit', { count })}
            onCancel={() => close(handleButton)}
            onSubmit={async (contact) => {
              // A failure is shown (and an ended session handled) by the form itself.
              await api.handleConcern(alertRefs(concern.alerts), contact);
              setPanel(null);
              await onChanged(t('concerns.handled', { count, name }));
              focusAfterClose(concern, fallbackFocusId);
            }}
          />
        </div>
      )}
      {panel === 'dismiss' && (
        <DismissForm
          concern={concern}
          onCancel={() => close(dismissButton)}
          onDone={async () => {
            setPanel(null);
            await onChanged(t('concerns.dismissed', { count, name }));
            focusAfterClose(concern, fallbackFocusId);
          }}
        />
      )}
      {showLetter && letterFor && <LetterButton alert={lead} pupil={letterFor} onChanged={onChanged} />}
      {showOpenCase && <OpenCaseFromAlerts pupilId={concern.pupilId} pupilName={name} alerts={concern.alerts} />}
    </div>
  );
}

/** One reason for every alert of the concern. */
function DismissForm({ concern, onCancel, onDone }: { concern: Concern } & PanelFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, failure, form, problems, send } = usePanelForm<'reason'>();

  const submit = send(
    () => ({ reason: !reason.trim() && t('alerts.missingDismissReason') }),
    async () => {
      await api.dismissConcern(alertRefs(concern.alerts), reason.trim());
      await onDone();
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit}>
      <FailureMessage failure={failure} fallback={t('concerns.actionFailed')} />
      <Textfield
        multiline
        rows={2}
        name="reason"
        label={t('alerts.dismissReasonLabel')}
        description={t('concerns.dismissHelp', { count: concern.alerts.length })}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problems.reason}
      />
      <FormButtons busy={busy} submit={t('concerns.dismissSubmit')} onCancel={onCancel} />
    </PanelForm>
  );
}

/** The written notice to guardians as a PDF, for the lead alert; leadership must confirm for a protected address. */
function LetterButton({
  alert,
  pupil,
  onChanged,
}: {
  alert: Alert;
  pupil: LetterPupil;
  onChanged(text: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [confirm, setConfirm] = useState(false);
  const { busy, failure, clear, run } = useSubmit();
  const isLeadership = user.roles.some((r) => r.role === 'skoleledelse');
  const isProtected = pupil.protectedAddress !== 'none';
  const sent = pupil.lettersSent?.find((l) => l.alertId === alert.id);
  const sentAt = sent?.sentAt ?? null;
  const SendLetter = pupil.SendLetter;

  const make = () =>
    run(async () => {
      clear();
      const { pdf, fileName } = await api.letter(alert.id, isProtected && isLeadership && confirm);
      downloadBlob(
        pdf,
        fileName ?? `brev-til-foresatte-${pupil.lastName}-${pupil.firstName}.pdf`.toLowerCase().replace(/\s+/g, '-'),
      );
      await onChanged(t('letter.made'));
    });

  return (
    <div className="letter">
      {isProtected && isLeadership && (
        <Checkbox
          label={t('letter.confirmProtected')}
          description={t('letter.confirmProtectedHelp')}
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
        />
      )}
      <div className="button-row">
        <Button variant="tertiary" data-size="sm" onClick={make} disabled={busy} aria-busy={busy || undefined}>
          <span aria-hidden="true">📄 </span>
          {busy ? t('letter.making') : t('letter.make')}
          <span className="ds-sr-only"> – {alert.ruleTitle}</span>
        </Button>
        {SendLetter && (
          <SendLetter
            alert={alert}
            confirmed={isProtected && isLeadership && confirm}
            onChanged={onChanged}
            familyLanguages={pupil.familyLanguages}
          />
        )}
      </div>
      {sentAt && (
        <Paragraph data-size="sm" className="letter__sent">
          {t('letter.sentOn', { date: formatDayOf(sentAt) })}
          {sent?.languages?.length
            ? ` · ${t('letter.sentIn', { languages: sent.languages.map((l) => t(`letter.languageName.${l}`)).join(', ') })}`
            : null}
        </Paragraph>
      )}
      <FailureMessage failure={failure} fallback={t('letter.failed')} />
    </div>
  );
}
