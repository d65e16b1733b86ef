import { Button, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { healthApi, type SearchHealthPupilsResponse } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';

type FoundPupil = SearchHealthPupilsResponse['pupils'][number];

/** The undring itself: a pupil found by name or class, what she wonders about, and the basis of consent. */
export function RaiseConcernForm({ onRaised }: { onRaised: () => void }) {
  const { t } = useTranslation();
  const [pupil, setPupil] = useState<FoundPupil | null>(null);
  const [text, setText] = useState('');
  const [basis, setBasis] = useState<'guardians' | 'pupil' | null>(null);
  const [consentOn, setConsentOn] = useState('');
  const [consentBy, setConsentBy] = useState('');
  const [notice, say] = useNotice();
  const { busy, failure, clear, onSubmit } = useSubmit();

  const send = onSubmit(async () => {
    if (!pupil) return;
    await healthApi.raise({
      pupilId: pupil.id,
      text,
      basis,
      consentOn: consentOn || null,
      consentBy: basis === 'guardians' ? consentBy : null,
    });
    clear();
    setPupil(null);
    setText('');
    setBasis(null);
    setConsentOn('');
    setConsentBy('');
    say(t('health.sent'));
    onRaised();
  });

  return (
    <Section id="ny-undring" heading={t('health.pupilHeading')}>
      <NoticeRegion notice={notice} />
      {pupil ? (
        <>
          <Paragraph>
            {t('health.chosen', { name: pupil.name, className: pupil.className, school: pupil.schoolName })}
          </Paragraph>
          <Button variant="tertiary" data-size="sm" onClick={() => setPupil(null)}>
            {t('health.changePupil')}
          </Button>
          <form onSubmit={send} noValidate className="stack-form">
            <Textfield
              multiline
              rows={4}
              label={t('health.text')}
              description={t('health.textHelp')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <Fieldset>
              <Fieldset.Legend>{t('health.basisLegend')}</Fieldset.Legend>
              <Radio
                name="grunnlag"
                value="guardians"
                label={t('health.basis_guardians')}
                checked={basis === 'guardians'}
                onChange={() => setBasis('guardians')}
              />
              <Radio
                name="grunnlag"
                value="pupil"
                label={t('health.basis_pupil')}
                description={pupil.ownConsentPossible ? undefined : t('health.basisPupilUnder16')}
                checked={basis === 'pupil'}
                onChange={() => setBasis('pupil')}
              />
            </Fieldset>
            <Textfield
              type="date"
              label={t('health.consentOn')}
              value={consentOn}
              onChange={(e) => setConsentOn(e.target.value)}
            />
            {basis === 'guardians' && (
              <Textfield
                label={t('health.consentBy')}
                value={consentBy}
                onChange={(e) => setConsentBy(e.target.value)}
              />
            )}
            {/* The server's refusal is one whole sentence that names what to do: shown once, not again by field. */}
            {failure && (
              <div key={failure.attempt}>
                <ErrorAlert>{errorMessage(failure.error, t('health.failed'))}</ErrorAlert>
              </div>
            )}
            <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
              {busy ? t('health.sending') : t('health.submit')}
            </Button>
          </form>
        </>
      ) : (
        <PupilSearch onChoose={setPupil} />
      )}
    </Section>
  );
}

/** The minimal search: names, class and school of the pupils of her schools, nothing of their absence. */
function PupilSearch({ onChoose }: { onChoose: (p: FoundPupil) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<FoundPupil[] | null>(null);
  const { busy, failure, clear, onSubmit } = useSubmit();
  const search = onSubmit(async () => {
    const res = await healthApi.searchPupils(q);
    clear();
    setFound(res.pupils);
  });
  return (
    <>
      <form onSubmit={search} noValidate className="stack-form" role="search">
        <Textfield
          label={t('health.search')}
          description={t('health.searchHelp')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('health.searching') : t('health.searchButton')}
        </Button>
      </form>
      <FailureMessage failure={failure} fallback={t('health.searchFailed')} />
      <div aria-live="polite">
        {found &&
          (found.length === 0 ? (
            <Paragraph>{t('health.noPupils')}</Paragraph>
          ) : (
            <ul className="class-list" aria-label={t('health.pupilsFound')}>
              {found.map((p) => (
                <li key={p.id}>
                  <Button variant="secondary" data-size="sm" onClick={() => onChoose(p)}>
                    {t('health.choose', { name: p.name, className: p.className })}
                  </Button>
                  <span className="class-list__meta">{p.schoolName}</span>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </>
  );
}
