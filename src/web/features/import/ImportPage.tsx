import { Alert, Button, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { downloadBlob } from '../../ui/download';
import { FileField } from '../../ui/FileField';
import { useTranslation } from 'react-i18next';
import { importContentType, importRefusal, importRowErrors } from '../../absence';
import { api } from '../../api';
import type { ImportResult } from '../../api';
import { useAuth, useUser } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Page } from '../../ui/Page';
import { importSchools } from '../../roles';
import { ScrollTable } from '../../ui/ScrollTable';

type Outcome = { id: number } & (
  | { ok: ImportResult; fileName: string }
  | { error: unknown; fileName: string; file: File; type: string; schoolId: string }
);

/** The school's administrator or leadership uploads a CSV or XLSX file of absence events. */
export function ImportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { handleApiError } = useAuth();
  const schools = importSchools(user);
  const [schoolId, setSchoolId] = useState(schools[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const type = file ? importContentType(file.name) : null;
    if (!file) setProblem(t('import.missingFile'));
    else if (!type) setProblem(t('import.wrongType'));
    else setProblem(undefined);
    if (!file || !type) {
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const ok = await api.importFile(schoolId, file, type);
      setOutcome((previous) => ({ id: (previous?.id ?? 0) + 1, ok, fileName: file.name }));
    } catch (error) {
      handleApiError(error);
      setOutcome((previous) => ({ id: (previous?.id ?? 0) + 1, error, fileName: file.name, file, type, schoolId }));
    } finally {
      setBusy(false);
    }
  }

  if (schools.length === 0) {
    return (
      <Page title={t('import.title')}>
        <Paragraph>{t('import.noAccess')}</Paragraph>
      </Page>
    );
  }

  return (
    <Page title={t('import.title')}>
      <Paragraph>{t('import.intro')}</Paragraph>
      <Paragraph data-size="sm">{t('import.columns')}</Paragraph>
      <form className="stack-form import-form" onSubmit={submit} noValidate>
        {schools.length > 1 && (
          <Field>
            <Label>{t('import.school')}</Label>
            <Select value={schoolId} onChange={(e) => setSchoolId(e.target.value)} width="auto">
              {schools.map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {s.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <FileField
          label={t('import.file')}
          description={t('import.fileHelp')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          inputRef={fileRef}
          onFile={setFile}
          problem={problem}
        />
        <Button type="submit" disabled={busy} aria-busy={busy || undefined} className="login__submit">
          {busy ? t('import.uploading') : t('import.submit')}
        </Button>
      </form>
      <div aria-live="polite" className="import-outcome">
        {outcome && 'ok' in outcome && (
          <Alert data-color="success" key={outcome.id}>
            <Paragraph>
              {t('import.done', {
                fileName: outcome.fileName,
                imported: outcome.ok.imported,
                alreadyPresent: outcome.ok.alreadyPresent,
              })}
            </Paragraph>
            {outcome.ok.encoding && (
              <Paragraph data-size="sm">{t('import.encoding', { encoding: outcome.ok.encoding })}</Paragraph>
            )}
          </Alert>
        )}
      </div>
      {outcome && 'error' in outcome && <ImportErrors key={outcome.id} outcome={outcome} />}
    </Page>
  );
}

/** The refusal: the first 200 bad rows on screen, the count, and every row as a downloadable report. */
function ImportErrors({
  outcome,
}: {
  outcome: { error: unknown; fileName: string; file: File; type: string; schoolId: string };
}) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const { error, fileName } = outcome;
  const rows = importRowErrors(error);
  const { total, encoding } = importRefusal(error);
  const [downloading, setDownloading] = useState(false);
  const [reportError, setReportError] = useState<unknown>(null);

  async function download() {
    if (downloading) return;
    setDownloading(true);
    setReportError(null);
    try {
      const report = await api.importProblemsReport(outcome.schoolId, outcome.file, outcome.type);
      downloadBlob(report, `importfeil-${fileName.replace(/\.[^.]+$/, '')}.csv`);
    } catch (e) {
      handleApiError(e);
      setReportError(e);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <section className="home-section">
      <ErrorAlert>{errorMessage(error, t('import.failed'))}</ErrorAlert>
      {encoding && <Paragraph data-size="sm">{t('import.encoding', { encoding })}</Paragraph>}
      {rows.length > 0 && (
        <>
          <Heading level={2} data-size="sm" id="importfeil">
            {t('import.badRows', { count: total, fileName })}
          </Heading>
          <Paragraph data-size="sm">{t('import.nothingImported')}</Paragraph>
          {total > rows.length && (
            <Paragraph data-size="sm">{t('import.shownFirst', { shown: rows.length, count: total })}</Paragraph>
          )}
          <div className="import-report">
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => void download()}
              disabled={downloading}
              aria-busy={downloading || undefined}
            >
              {downloading ? t('import.downloading') : t('import.downloadReport')}
            </Button>
            <Paragraph data-size="sm">{t('import.reportHelp')}</Paragraph>
            {reportError !== null && <ErrorAlert>{errorMessage(reportError, t('import.reportFailed'))}</ErrorAlert>}
          </div>
          <ScrollTable
            labelledBy="importfeil"
            className="import-errors"
            columns={[t('import.line'), t('import.field'), t('import.reason')]}
          >
            {rows.map((r, i) => (
              <Table.Row key={i}>
                <Table.HeaderCell scope="row">{t('import.lineN', { line: r.line })}</Table.HeaderCell>
                <Table.Cell>{r.field}</Table.Cell>
                <Table.Cell>{r.reason}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        </>
      )}
    </section>
  );
}
