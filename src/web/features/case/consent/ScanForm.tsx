import { Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api';
import type { CaseDetail, Consent } from '../../../api';
import { base64OfDataUrl, scanMime } from '../../../consent';
import { Refusal } from './ConsentItem';

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64OfDataUrl(String(reader.result)));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function ScanForm({ data, consent, onCancel, onDone }: { data: CaseDetail; consent: Consent } & PanelFormProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const { busy, failure, form, problems, send } = usePanelForm<'scan'>();
  const problem = problems.scan;

  const submit = send(
    () => ({ scan: !file && t('consent.scanMissing') }),
    async () => {
      if (!file) return;
      // The server checks type, size and that the content is what the name says; its refusal is shown as it is.
      await caseApi.attachConsentScan(data.id, consent.id, {
        fileName: file.name,
        mime: scanMime(file),
        dataBase64: await readBase64(file),
      });
      await onDone();
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit} label={t('consent.attachScan')}>
      <Refusal failure={failure} fallback={t('consent.scanFailed')} />
      <Field>
        <Label>{t('consent.scanFile')}</Label>
        <Field.Description>{t('consent.scanFileHelp')}</Field.Description>
        <Input
          type="file"
          name="scan"
          accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-invalid={problem ? true : undefined}
        />
        {problem && <ValidationMessage>{problem}</ValidationMessage>}
      </Field>
      <FormButtons
        busy={busy}
        submit={busy ? t('consent.scanUploading') : t('consent.scanSubmit')}
        onCancel={onCancel}
      />
    </PanelForm>
  );
}
