import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/language/language';
import type { CaseDetail } from '../api';
import { downloadBlob } from '../ui/download';
import { FailureMessage } from '../ui/feedback';
import { useSubmit } from '../ui/useSubmit';

/**
 * «Skriv ut på nynorsk / engelsk» beside a document's own print button (issue 20 item 2, decision 202): the
 * school's copy is printed in the kommune's målform; this prints the same document in each other language the
 * family reads, to hand or post to them. Nothing is shown when the family reads the målform.
 */
export function PrintInLanguages({
  languages,
  label,
  print,
  fileName,
}: {
  languages: CaseDetail['documentLanguages'];
  /** What is printed, for screen readers: «Referat – Undringssamtale med eleven». */
  label: string;
  print(language: Language): Promise<{ pdf: Blob; fileName: string | null }>;
  fileName(language: Language): string;
}) {
  const others = (languages?.family ?? []).filter((l) => l !== languages?.malform);
  return (
    <>
      {others.map((language) => (
        <PrintIn key={language} language={language} label={label} print={print} fileName={fileName} />
      ))}
    </>
  );
}

function PrintIn({
  language,
  label,
  print,
  fileName,
}: {
  language: Language;
  label: string;
  print(language: Language): Promise<{ pdf: Blob; fileName: string | null }>;
  fileName(language: Language): string;
}) {
  const { t } = useTranslation();
  const { busy, failure, run } = useSubmit();
  const name = t(`letter.languageName.${language}`);
  const go = () =>
    void run(async () => {
      const made = await print(language);
      downloadBlob(made.pdf, made.fileName ?? fileName(language));
    });
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={go} disabled={busy} aria-busy={busy || undefined}>
        <span aria-hidden="true">📄 </span>
        {busy ? t('documents.printingDocumentIn', { language: name }) : t('documents.printIn', { language: name })}
        <span className="ds-sr-only"> – {label}</span>
      </Button>
      <FailureMessage failure={failure} fallback={t('documents.printDocumentFailed')} />
    </>
  );
}
