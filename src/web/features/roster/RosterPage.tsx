import { Alert, Button, Details, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { FileField } from '../../ui/FileField';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { FailureMessage } from '../../ui/feedback';
import { Page } from '../../ui/Page';
import { useSubmit } from '../../ui/useSubmit';
import { useApi } from '../../useApi';
import { ScrollTable } from '../../ui/ScrollTable';
import {
  rosterApi,
  rosterContentType,
  type RosterChangeKind,
  type RosterCounts,
  type RosterResult,
} from '../../api/roster';

const KINDS: RosterChangeKind[] = ['new', 'changed', 'leaving'];
const COUNTS: (keyof RosterCounts)[] = ['classes', 'pupils', 'guardians', 'staff'];

type Step =
  | { kind: 'preview'; id: number; result: RosterResult; file: File; type: string }
  | { kind: 'applied'; id: number; result: RosterResult };

/** The kommune's roster from the pupil administration system: upload, see what would change, apply. */
export function RosterPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const submit = useSubmit();
  const busy = submit.busy;
  const [step, setStep] = useState<Step | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const templates = useApi('roster-templates', rosterApi.templates);

  async function run(dryRun: boolean, chosen: File, type: string) {
    submit.clear();
    await submit.run(async () => {
      const result = await rosterApi.sync(chosen, type, dryRun);
      setStep((previous) => {
        const id = (previous?.id ?? 0) + 1;
        return dryRun || result.problems.length
          ? { kind: 'preview', id, result, file: chosen, type }
          : { kind: 'applied', id, result };
      });
    });
  }

  async function preview(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const type = file ? rosterContentType(file.name) : null;
    if (!file) setProblem(t('roster.missingFile'));
    else if (!type) setProblem(t('roster.wrongType'));
    else setProblem(undefined);
    if (!file || !type) {
      fileRef.current?.focus();
      return;
    }
    await run(true, file, type);
  }

  return (
    <Page title={t('roster.title')}>
      <Paragraph>{t('roster.intro')}</Paragraph>
      <form className="stack-form import-form" onSubmit={preview} noValidate>
        <FileField
          label={t('roster.file')}
          description={t('roster.fileHelp')}
          accept=".zip,.csv,.xlsx,application/zip,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          inputRef={fileRef}
          onFile={(chosen) => {
            setFile(chosen);
            setStep(null);
            submit.clear();
          }}
          problem={problem}
        />
        <Button type="submit" disabled={busy} aria-busy={busy || undefined} className="login__submit">
          {busy ? t('roster.working') : t('roster.preview')}
        </Button>
      </form>

      <div aria-live="polite" className="import-outcome">
        {step?.kind === 'applied' && (
          <Alert data-color="success" key={step.id}>
            <Paragraph>{t('roster.applied', { summary: totalsText(step.result, t) })}</Paragraph>
          </Alert>
        )}
        {step?.kind === 'preview' && step.result.problems.length > 0 && (
          <Alert data-color="danger" key={step.id}>
            <Paragraph>{t('roster.problems', { count: step.result.problemCount })}</Paragraph>
          </Alert>
        )}
        {step?.kind === 'preview' && step.result.problems.length === 0 && (
          <Alert data-color="info" key={step.id}>
            <Paragraph>
              {step.result.schools.length === 0
                ? t('roster.nothing', { format: step.result.format })
                : t('roster.previewDone', { format: step.result.format })}
            </Paragraph>
          </Alert>
        )}
      </div>
      <FailureMessage failure={submit.failure} fallback={t('roster.failed')} />

      {step?.kind === 'preview' && step.result.problems.length > 0 && <Problems result={step.result} />}
      {step?.kind === 'preview' && step.result.problems.length === 0 && step.result.schools.length > 0 && (
        <section aria-labelledby="roster-preview" className="home-section">
          <Heading level={2} data-size="sm" id="roster-preview">
            {t('roster.previewHeading')}
          </Heading>
          <Totals result={step.result} />
          {step.result.schools.map((s) => (
            <section key={s.school} aria-label={s.school} className="roster-school">
              <Heading level={3} data-size="xs">
                {s.school}
              </Heading>
              {KINDS.map((kind) =>
                COUNTS.some((c) => s.counts[kind][c] > 0) ? (
                  <div key={kind}>
                    <Paragraph data-size="sm">
                      <strong>{t(`roster.kind_${kind}`)}:</strong> {countsText(s.counts[kind], t)}
                    </Paragraph>
                    <ul>
                      {s.rows[kind].map((r, i) => (
                        <li key={i}>
                          {t(`roster.what_${r.what}`)} {r.name}: {r.detail}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null,
              )}
            </section>
          ))}
          <Button
            type="button"
            className="roster-apply"
            data-color="success"
            disabled={busy}
            aria-busy={busy || undefined}
            onClick={() => void run(false, step.file, step.type)}
          >
            {busy ? t('roster.working') : t('roster.apply')}
          </Button>
        </section>
      )}

      <section aria-labelledby="roster-templates" className="home-section">
        <Heading level={2} data-size="sm" id="roster-templates">
          {t('roster.templatesHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('roster.templatesIntro')}</Paragraph>
        {templates.status === 'error' && <ErrorAlert>{errorMessage(templates.error, t('roster.failed'))}</ErrorAlert>}
        {templates.status === 'ok' &&
          templates.data.map((tpl) => (
            <Details key={tpl.name} data-size="sm">
              <Details.Summary>{t(`roster.template_${tpl.name}`, { defaultValue: tpl.name })}</Details.Summary>
              <Details.Content>
                <Paragraph data-size="sm">
                  <Link href={`/api/roster/template.csv?name=${tpl.name}`} download={`${tpl.name}.csv`}>
                    {t('roster.download', { name: `${tpl.name}.csv` })}
                  </Link>
                </Paragraph>
                <Table data-size="sm" border>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('roster.colColumn')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('roster.colRequired')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('roster.colHelp')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {tpl.columns.map((c) => (
                      <Table.Row key={c.name}>
                        <Table.HeaderCell scope="row">
                          <code>{c.name}</code>
                        </Table.HeaderCell>
                        <Table.Cell>{c.required ? t('roster.yes') : t('roster.no')}</Table.Cell>
                        <Table.Cell>{c.help}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </Details.Content>
            </Details>
          ))}
        <Paragraph data-size="sm">{t('roster.oneRosterHelp')}</Paragraph>
      </section>
    </Page>
  );
}

function countsText(c: RosterCounts, t: TFunction): string {
  return COUNTS.map((k) => t(`roster.count_${k}`, { count: c[k] })).join(', ');
}

function totalsText(result: RosterResult, t: TFunction): string {
  return KINDS.map((k) => `${t(`roster.kind_${k}`)}: ${countsText(result.totals[k], t)}`).join('. ');
}

function Totals({ result }: { result: RosterResult }) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      captionId="roster-totals"
      caption={t('roster.totalsCaption')}
      columns={[t('roster.colChange'), ...COUNTS.map((c) => t(`roster.col_${c}`))]}
    >
      {KINDS.map((kind) => (
        <Table.Row key={kind}>
          <Table.HeaderCell scope="row">{t(`roster.kind_${kind}`)}</Table.HeaderCell>
          {COUNTS.map((c) => (
            <Table.Cell key={c} data-testid={`roster-${kind}-${c}`}>
              {result.totals[kind][c]}
            </Table.Cell>
          ))}
        </Table.Row>
      ))}
    </ScrollTable>
  );
}

function Problems({ result }: { result: RosterResult }) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      captionId="roster-problems"
      caption={t('roster.problemsCaption')}
      columns={[t('roster.colFile'), t('roster.colLine'), t('roster.colColumn'), t('roster.colReason')]}
    >
      {result.problems.map((p, i) => (
        <Table.Row key={i}>
          <Table.Cell>{p.file}</Table.Cell>
          <Table.Cell>{p.line || ''}</Table.Cell>
          <Table.Cell>
            <code>{p.column}</code>
          </Table.Cell>
          <Table.Cell>{p.reason}</Table.Cell>
        </Table.Row>
      ))}
    </ScrollTable>
  );
}
