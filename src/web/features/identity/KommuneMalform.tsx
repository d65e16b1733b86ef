import { Button, Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MALFORMER, type Malform } from '../../../domain/language/language';
import { kommuneApi, type KommuneSettings } from '../../api/kommune';
import { useAuth } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { useApi } from '../../useApi';
import { SaveError } from '../settings/SaveError';

/**
 * «Kommunens målform» (decision 176): bokmål or nynorsk, the language of the kommune's staff who have not
 * chosen their own and of the pupil's file. Beside password log-in, the kommune's other setting; saved with
 * the version the screen showed, so two administrators do not overwrite each other unseen.
 */
export function KommuneMalform() {
  const { t } = useTranslation();
  const loaded = useApi('kommune-settings', kommuneApi.settings);
  return (
    <Section id="malform" heading={t('languageChoice.kommuneHeading')}>
      <Paragraph data-size="sm">{t('languageChoice.kommuneHelp')}</Paragraph>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && (
        <ErrorAlert>{errorMessage(loaded.error, t('languageChoice.kommuneLoadFailed'))}</ErrorAlert>
      )}
      {loaded.status === 'ok' && <MalformForm initial={loaded.data} />}
    </Section>
  );
}

function MalformForm({ initial }: { initial: KommuneSettings }) {
  const { t, i18n } = useTranslation();
  const { reloadUser } = useAuth();
  const [settings, setSettings] = useState(initial);
  const [malform, setMalform] = useState<Malform>(initial.malform);
  const { busy, failure, run, clear, fail } = useSubmit();
  const [notice, say] = useNotice();

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    clear();
    void run(async () => {
      const saved = await kommuneApi.setMalform({ malform, version: settings.version });
      setSettings(saved);
      // Whoever has not chosen a language of their own now reads the new målform, this administrator too.
      await reloadUser();
      // In the language the page is in now (this render's t is the one before).
      say(i18n.t('languageChoice.kommuneSaved', { malform: i18n.t(`languageChoice.malform_${saved.malform}`) }));
    });
  };

  async function reloadNewest() {
    try {
      const fresh = await kommuneApi.settings();
      setSettings(fresh);
      setMalform(fresh.malform);
      clear();
    } catch (err) {
      fail(err);
    }
  }

  return (
    <form onSubmit={save} noValidate className="stack-form">
      <Fieldset>
        <Fieldset.Legend>{t('languageChoice.kommuneLegend', { kommune: settings.name })}</Fieldset.Legend>
        {MALFORMER.map((m) => (
          <Radio
            key={m}
            name="malform"
            value={m}
            label={t(`language.name_${m}`)}
            checked={malform === m}
            onChange={() => setMalform(m)}
          />
        ))}
      </Fieldset>
      {failure && (
        <SaveError
          key={failure.attempt}
          failure={failure}
          fallback={t('languageChoice.kommuneFailed')}
          onReload={() => void reloadNewest()}
        />
      )}
      <div className="button-row">
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {t('languageChoice.kommuneSave')}
        </Button>
      </div>
      <NoticeRegion notice={notice} />
    </form>
  );
}
