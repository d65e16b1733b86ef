import { Checkbox, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { decisionApi, DELIVERY_CHANNELS, FINAL_OUTCOMES, REASSESSMENT_OUTCOMES } from '../../../api';
import type {
  DecisionDto,
  DecisionStep,
  DecisionStepBody,
  DeliveryChannel,
  FinalOutcome,
  ReassessmentOutcome,
} from '../../../api';
import { FailureMessage, type Failure } from '../../../ui/feedback';
import { FormButtons } from '../../../ui/FormButtons';
import { InlinePanel, type InlinePanelControls } from '../../../ui/InlinePanel';
import { ChoiceSelect, PanelForm, usePanelForm } from '../../../ui/PanelForm';

// The steps of a decision after its draft, each a small form opened in place from its button, offered only
// when the server says the reader may take it now (`nextSteps`): the forhåndsvarsel with its reply deadline,
// the guardians' reply, sending the decision (in Nærvær or on paper), the date a paper letter was received,
// the appeal, the school's reassessment, sending it to the Statsforvalteren, and the final outcome.

type Changed = (next: DecisionDto, text: string) => Promise<void>;
type StepProps = {
  caseId: string;
  decision: DecisionDto;
  /** The pupil has a protected address: the leadership confirms it is safe before anything goes home. */
  confirmNeeded: boolean;
  panel: InlinePanelControls;
  onChanged: Changed;
};

const LABEL: Record<Exclude<DecisionStep, 'decide'>, string> = {
  notice: 'decisions.sendNotice',
  reply: 'decisions.recordReply',
  deliver: 'decisions.deliver',
  receipt: 'decisions.recordReceipt',
  appeal: 'decisions.registerAppeal',
  reassess: 'decisions.reassess',
  forward: 'decisions.sendOn',
  outcome: 'decisions.recordFinal',
} as const;

export function DecisionSteps({
  caseId,
  decision,
  confirmNeeded,
  onChanged,
}: {
  caseId: string;
  decision: DecisionDto;
  confirmNeeded: boolean;
  onChanged: Changed;
}) {
  const { t } = useTranslation();
  const steps = decision.nextSteps.filter((s): s is Exclude<DecisionStep, 'decide'> => s !== 'decide');
  if (steps.length === 0) return null;
  return (
    <div className="button-row decision-steps">
      {steps.map((step) => (
        <InlinePanel key={step} label={t(LABEL[step] as 'decisions.sendNotice')} highlightOpen>
          {(panel) => (
            <StepForm
              step={step}
              caseId={caseId}
              decision={decision}
              confirmNeeded={confirmNeeded}
              panel={panel}
              onChanged={onChanged}
            />
          )}
        </InlinePanel>
      ))}
    </div>
  );
}

/** A date field that starts on today (the app's day). */
function useDate() {
  return useState(() => appToday());
}

function StepForm({ step, ...props }: StepProps & { step: Exclude<DecisionStep, 'decide'> }) {
  switch (step) {
    case 'notice':
      return <NoticeForm {...props} />;
    case 'reply':
      return <DatedTextForm {...props} step="reply" />;
    case 'deliver':
      return <DeliverForm {...props} />;
    case 'receipt':
      return <DateOnlyForm {...props} step="receipt" />;
    case 'appeal':
      return <DatedTextForm {...props} step="appeal" />;
    case 'reassess':
      return <ReassessForm {...props} />;
    case 'forward':
      return <DateOnlyForm {...props} step="forward" />;
    case 'outcome':
      return <OutcomeForm {...props} />;
  }
}

/** The shared part of every step's form: the request on the decision's version, then the notice and focus back. */
function useStep<K extends string>({ caseId, decision, panel, onChanged }: StepProps) {
  const f = usePanelForm<K>();
  const go = (check: () => Partial<Record<K, string | false>>, body: () => DecisionStepBody, done: string) =>
    f.send(
      check,
      async () => {
        const next = (await decisionApi.step(caseId, decision.id, body())).decision;
        await panel.finish(() => onChanged(next, done));
      },
      f.markServerFields,
    );
  return { ...f, go };
}

function Buttons({
  f,
  submit,
  panel,
}: {
  f: { busy: boolean; failure: Failure };
  submit: string;
  panel: InlinePanelControls;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FailureMessage failure={f.failure} fallback={t('decisions.failed')} />
      <FormButtons busy={f.busy} submit={submit} onCancel={panel.close} />
    </>
  );
}

/** A date field of a step's form, named as the API names it, so the server's 400 marks it. */
function DateField(props: FieldProps) {
  return <Textfield {...fieldProps(props)} type="date" />;
}

/** A free-text field of a step's form, three lines high. */
function TextArea(props: FieldProps) {
  return <Textfield {...fieldProps(props)} multiline rows={3} />;
}

type FieldProps = { name?: string; label: string; value: string; onChange(value: string): void; error?: ReactNode };
const fieldProps = ({ name, label, value, onChange, error }: FieldProps) => ({
  name,
  label,
  value,
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  error,
});

/** «Jeg har vurdert at det er trygt å sende» where the pupil has a protected address (as the minutes' print). */
function ConfirmSafe({ confirm, onChange }: { confirm: boolean; onChange(value: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      label={t('letter.confirmProtected')}
      description={t('letter.confirmProtectedHelp')}
      checked={confirm}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

function NoticeForm(props: StepProps) {
  const { t } = useTranslation();
  const [replyBy, setReplyBy] = useState('');
  const [confirm, setConfirm] = useState(false);
  const f = useStep<'replyBy'>(props);
  const v = props.decision.version;
  return (
    <PanelForm
      form={f.form}
      label={t('decisions.sendNotice')}
      onSubmit={f.go(
        () => ({ replyBy: !replyBy && t('decisions.replyDueMissing') }),
        () => ({ step: 'notice', version: v, replyBy, confirmProtectedAddress: props.confirmNeeded && confirm }),
        t('decisions.noticeSent'),
      )}
    >
      <Paragraph data-size="sm">{t('decisions.noticeHelp')}</Paragraph>
      <DateField
        name="replyBy"
        label={t('decisions.replyDue')}
        value={replyBy}
        onChange={setReplyBy}
        error={f.problems.replyBy}
      />
      {props.confirmNeeded && <ConfirmSafe confirm={confirm} onChange={setConfirm} />}
      <Buttons f={f} submit={t('decisions.noticeSubmit')} panel={props.panel} />
    </PanelForm>
  );
}

/** The guardians' reply, or the appeal: the day it came and what it says. */
function DatedTextForm(props: StepProps & { step: 'reply' | 'appeal' }) {
  const { t } = useTranslation();
  const reply = props.step === 'reply';
  const [on, setOn] = useDate();
  const [text, setText] = useState('');
  const f = useStep<'on' | 'receivedOn' | 'text'>(props);
  const v = props.decision.version;
  const dateName = reply ? 'on' : 'receivedOn';
  return (
    <PanelForm
      form={f.form}
      label={reply ? t('decisions.recordReply') : t('decisions.registerAppeal')}
      onSubmit={f.go(
        () => ({
          [dateName]: !on && t('decisions.dateMissing'),
          text: !text.trim() && (reply ? t('decisions.replyTextMissing') : t('decisions.appealTextMissing')),
        }),
        () =>
          reply
            ? { step: 'reply', version: v, on, text: text.trim() }
            : { step: 'appeal', version: v, receivedOn: on, text: text.trim() },
        reply ? t('decisions.replyRecorded') : t('decisions.appealRecorded'),
      )}
    >
      <DateField
        name={dateName}
        label={reply ? t('decisions.replyReceivedOn') : t('decisions.appealReceivedOn')}
        value={on}
        onChange={setOn}
        error={f.problems[dateName]}
      />
      <TextArea
        name="text"
        label={reply ? t('decisions.replyText') : t('decisions.appealText')}
        value={text}
        onChange={setText}
        error={f.problems.text}
      />
      <Buttons f={f} submit={reply ? t('decisions.replySubmit') : t('decisions.appealSubmit')} panel={props.panel} />
    </PanelForm>
  );
}

/** A paper letter's receipt, or the day the appeal went to the Statsforvalteren. */
function DateOnlyForm(props: StepProps & { step: 'receipt' | 'forward' }) {
  const { t } = useTranslation();
  const receipt = props.step === 'receipt';
  const [on, setOn] = useDate();
  const f = useStep<'receivedOn' | 'on'>(props);
  const v = props.decision.version;
  const name = receipt ? 'receivedOn' : 'on';
  return (
    <PanelForm
      form={f.form}
      label={receipt ? t('decisions.recordReceipt') : t('decisions.sendOn')}
      onSubmit={f.go(
        () => ({ [name]: !on && t('decisions.dateMissing') }),
        () => (receipt ? { step: 'receipt', version: v, receivedOn: on } : { step: 'forward', version: v, on }),
        receipt ? t('decisions.receiptRecorded') : t('decisions.forwarded'),
      )}
    >
      {!receipt && <Paragraph data-size="sm">{t('decisions.sendOnHelp')}</Paragraph>}
      <DateField
        name={name}
        label={receipt ? t('decisions.receivedOn') : t('decisions.forwardOn')}
        value={on}
        onChange={setOn}
        error={f.problems[name]}
      />
      <Buttons
        f={f}
        submit={receipt ? t('decisions.receiptSubmit') : t('decisions.forwardSubmit')}
        panel={props.panel}
      />
    </PanelForm>
  );
}

/** Sending the decision: through Nærvær (the guardian's page; opening it is the receipt) or on paper. */
function DeliverForm(props: StepProps) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<DeliveryChannel>('naervaer');
  const [sentOn, setSentOn] = useDate();
  const [confirm, setConfirm] = useState(false);
  const f = useStep<'sentOn'>(props);
  const confirmProtectedAddress = props.confirmNeeded && confirm;
  const v = props.decision.version;
  return (
    <PanelForm
      form={f.form}
      label={t('decisions.deliver')}
      onSubmit={f.go(
        () => ({ sentOn: channel === 'paper' && !sentOn && t('decisions.dateMissing') }),
        () =>
          channel === 'paper'
            ? { step: 'deliver', version: v, channel, sentOn, confirmProtectedAddress }
            : { step: 'deliver', version: v, channel, confirmProtectedAddress },
        t('decisions.delivered'),
      )}
    >
      <Fieldset>
        <Fieldset.Legend>{t('decisions.deliverHow')}</Fieldset.Legend>
        {DELIVERY_CHANNELS.map((c) => (
          <Radio
            key={c}
            name="channel"
            value={c}
            label={t(`decisions.channel.${c}`)}
            checked={channel === c}
            onChange={() => setChannel(c)}
          />
        ))}
      </Fieldset>
      {channel === 'paper' && (
        <DateField
          name="sentOn"
          label={t('decisions.sentOn')}
          value={sentOn}
          onChange={setSentOn}
          error={f.problems.sentOn}
        />
      )}
      {props.confirmNeeded && <ConfirmSafe confirm={confirm} onChange={setConfirm} />}
      <Buttons f={f} submit={t('decisions.deliverSubmit')} panel={props.panel} />
    </PanelForm>
  );
}

/** The school's reassessment of the appeal (fvl § 33): uphold, then send on — or change the decision. */
function ReassessForm(props: StepProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ReassessmentOutcome>('upheld');
  const [on, setOn] = useDate();
  const [reasons, setReasons] = useState('');
  // When the school changes its decision: what is now decided and its period, starting from the first decision's.
  const [decided, setDecided] = useState(props.decision.decision);
  const [from, setFrom] = useState(props.decision.from ?? '');
  const [to, setTo] = useState(props.decision.to ?? '');
  const f = useStep<'on' | 'reasons' | 'decision' | 'from' | 'to'>(props);
  const v = props.decision.version;
  const changed = outcome === 'changed';
  return (
    <PanelForm
      form={f.form}
      label={t('decisions.reassess')}
      onSubmit={f.go(
        () => ({
          on: !on && t('decisions.dateMissing'),
          reasons: !reasons.trim() && t('decisions.reassessReasonsMissing'),
          decision: changed && !decided.trim() && t('decisions.changedDecisionMissing'),
        }),
        () => ({
          step: 'reassess',
          version: v,
          on,
          outcome,
          reasons: reasons.trim(),
          ...(changed ? { decision: decided.trim(), from: from || null, to: to || null } : {}),
        }),
        t('decisions.reassessed'),
      )}
    >
      <ChoiceSelect
        label={t('decisions.reassessOutcome')}
        value={outcome}
        options={REASSESSMENT_OUTCOMES}
        optionLabel={(o) => t(`decisions.outcome.${o}`)}
        onChange={setOutcome}
      />
      <DateField name="on" label={t('decisions.reassessOn')} value={on} onChange={setOn} error={f.problems.on} />
      <TextArea
        name="reasons"
        label={t('decisions.reassessReasons')}
        value={reasons}
        onChange={setReasons}
        error={f.problems.reasons}
      />
      {changed && (
        <>
          <Paragraph data-size="sm">{t('decisions.changedHint')}</Paragraph>
          <TextArea
            name="decision"
            label={t('decisions.changedDecision')}
            value={decided}
            onChange={setDecided}
            error={f.problems.decision}
          />
          <DateField name="from" label={t('decisions.from')} value={from} onChange={setFrom} error={f.problems.from} />
          <DateField name="to" label={t('decisions.to')} value={to} onChange={setTo} error={f.problems.to} />
        </>
      )}
      <Buttons f={f} submit={t('decisions.reassessSubmit')} panel={props.panel} />
    </PanelForm>
  );
}

/** The Statsforvalteren's final outcome (fvl § 34). */
function OutcomeForm(props: StepProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<FinalOutcome>('upheld');
  const [on, setOn] = useDate();
  const [text, setText] = useState('');
  const f = useStep<'on'>(props);
  const v = props.decision.version;
  return (
    <PanelForm
      form={f.form}
      label={t('decisions.recordFinal')}
      onSubmit={f.go(
        () => ({ on: !on && t('decisions.dateMissing') }),
        () => ({ step: 'outcome', version: v, on, outcome, text: text.trim() }),
        t('decisions.finalRecorded'),
      )}
    >
      <ChoiceSelect
        label={t('decisions.finalOutcome')}
        value={outcome}
        options={FINAL_OUTCOMES}
        optionLabel={(o) => t(`decisions.finalOutcomeName.${o}`)}
        onChange={setOutcome}
      />
      <DateField name="on" label={t('decisions.finalDate')} value={on} onChange={setOn} error={f.problems.on} />
      <TextArea label={t('decisions.finalText')} value={text} onChange={setText} />
      <Buttons f={f} submit={t('decisions.finalSubmit')} panel={props.panel} />
    </PanelForm>
  );
}
