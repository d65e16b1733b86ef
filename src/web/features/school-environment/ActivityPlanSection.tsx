import { Button, Checkbox, Field, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guardianApi, schoolEnvironmentApi, type Matter } from '../../api';
import { SendToGuardiansButton } from '../../components/SendToGuardians';
import { formatDate, formatDateTime } from '../../format';
import { downloadBlob } from '../../ui/download';
import { InlinePanel } from '../../ui/InlinePanel';
import { ScrollTable } from '../../ui/ScrollTable';
import { FailureMessage, Section } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { ActivityPlanForm } from './ActivityPlanForm';

type Props = { matter: Matter; onChanged(next: Matter, text: string): void };
type PrintLanguage = '' | 'nb' | 'nn' | 'en';

/** The aktivitetsplan (opplæringslova § 12-4): its five elements on screen, its print, and the leadership's form. */
export function ActivityPlanSection({ matter, onChanged }: Props) {
  const { t } = useTranslation();
  const plan = matter.plan;
  return (
    <Section focusable id="aktivitetsplan" heading={t('schoolEnvironment.planHeading')}>
      {!plan ? (
        <Paragraph>{t('schoolEnvironment.noPlan')}</Paragraph>
      ) : (
        <>
          {matter.planMadeOn && (
            <Paragraph data-size="sm" className="class-list__meta">
              {t('schoolEnvironment.planMadeOn', {
                day: formatDate(matter.planMadeOn),
                evaluation: formatDate(plan.evaluationOn),
              })}
            </Paragraph>
          )}
          <Paragraph>
            <strong>{t('schoolEnvironment.problem')}:</strong> {plan.problem}
          </Paragraph>
          <ScrollTable
            captionId="aktivitetsplan-tiltak"
            caption={t('schoolEnvironment.measures')}
            columns={[
              t('schoolEnvironment.measureWhat'),
              t('schoolEnvironment.measureWhen'),
              t('schoolEnvironment.measureResponsible'),
            ]}
          >
            {plan.measures.map((m, i) => (
              <Table.Row key={i}>
                <Table.HeaderCell scope="row">{m.what}</Table.HeaderCell>
                <Table.Cell>{m.when}</Table.Cell>
                <Table.Cell>{m.responsible}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
          <Paragraph>
            <strong>{t('schoolEnvironment.evaluationOn')}:</strong> {formatDate(plan.evaluationOn)}
          </Paragraph>
          {plan.pupilView && (
            <Paragraph>
              <strong>{t('schoolEnvironment.pupilView')}:</strong> {plan.pupilView}
            </Paragraph>
          )}
          <Paragraph data-size="sm">{t('schoolEnvironment.statsforvalter')}</Paragraph>
          <PrintPlan matterId={matter.id} />
          <SendPlanHome matter={matter} onChanged={onChanged} />
        </>
      )}
      {matter.canEdit && matter.status === 'open' && (
        <InlinePanel label={t(plan ? 'schoolEnvironment.editPlan' : 'schoolEnvironment.makePlan')}>
          {(panel) => (
            <ActivityPlanForm
              matter={matter}
              onCancel={panel.close}
              onDone={(next) => panel.finish(async () => onChanged(next, t('schoolEnvironment.planSaved')))}
            />
          )}
        </InlinePanel>
      )}
    </Section>
  );
}

/**
 * «Send til foresatte» (decision 211): the plan in the guardians' view and inbox, in their language, once; for
 * the leadership, who work in the matter. A pupil with a protected address needs the sender's confirmation first.
 */
function SendPlanHome({ matter, onChanged }: Props) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState(false);
  return (
    <div className="stack-form">
      {matter.sentHomeAt && (
        <Paragraph data-size="sm">
          {t('schoolEnvironment.sentHome', { at: formatDateTime(matter.sentHomeAt) })}
        </Paragraph>
      )}
      {matter.canEdit && (
        <>
          {matter.protectedAddress && !matter.sentHomeAt && (
            <Checkbox
              label={t('schoolEnvironment.confirmProtected')}
              checked={confirm}
              onChange={(e) => setConfirm(e.target.checked)}
            />
          )}
          <div>
            <SendToGuardiansButton
              label={t('schoolEnvironment.planHeading')}
              send={() => guardianApi.sendActivityPlan(matter.id, matter.protectedAddress && confirm)}
              onChanged={async (text) => onChanged((await schoolEnvironmentApi.get(matter.id)).matter, text)}
            />
          </div>
        </>
      )}
    </div>
  );
}

/** The PDF, in the school's målform (the school's copy) or a guardian's language (decision 178). */
function PrintPlan({ matterId }: { matterId: string }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<PrintLanguage>('');
  const { busy, failure, run } = useSubmit();
  const print = () =>
    run(async () => {
      const { pdf, fileName } = await schoolEnvironmentApi.pdf(matterId, language || null);
      downloadBlob(pdf, fileName);
    });
  return (
    <div className="stack-form">
      <Field>
        <Label>{t('schoolEnvironment.printLanguage')}</Label>
        <Select value={language} onChange={(e) => setLanguage(e.target.value as PrintLanguage)}>
          <Select.Option value="">{t('schoolEnvironment.printSchool')}</Select.Option>
          <Select.Option value="nb">{t('language.name_nb')}</Select.Option>
          <Select.Option value="nn">{t('language.name_nn')}</Select.Option>
          <Select.Option value="en">{t('language.name_en')}</Select.Option>
        </Select>
      </Field>
      <div>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => void print()}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {t('schoolEnvironment.print')}
        </Button>
      </div>
      <FailureMessage failure={failure} fallback={t('schoolEnvironment.printFailed')} />
    </div>
  );
}
