import { Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { SchoolSettings } from '../../api';
import { NoticeRegion, useNotice } from '../../ui/feedback';
import { focusById } from '../../ui/focus';
import { useSubmit } from '../../ui/useSubmit';
import { SaveError } from './SaveError';

type Notice = SchoolSettings['sameDayNotice'];
const dotted = (hhmm: string) => hhmm.replace(':', '.');
/** «9.30», «09:30», «0930» → «09:30»; anything else is left for the server to name. */
const typedTime = (text: string) => {
  const m = /^\s*(\d{1,2})[.:]?(\d{2})\s*$/.exec(text);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : text.trim();
};

/** What the leadership sees: the time and the classes with the notice off. */
export function SameDayNoticeView({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const off = notice.classes.filter((c) => !c.on).map((c) => c.name);
  return (
    <>
      <Paragraph>{t('settings.sameDayAt', { at: dotted(notice.at ?? notice.defaultAt) })}</Paragraph>
      <Paragraph>
        {off.length ? t('settings.sameDayOff', { classes: off.join(', ') }) : t('settings.sameDayAllOn')}
      </Paragraph>
    </>
  );
}

/** The administrator's form: the school's time (empty: the municipality's default) and a box per class. */
export function SameDayNoticeForm({ settings }: { settings: SchoolSettings }) {
  const { t } = useTranslation();
  const schoolId = settings.school.id;
  const [notice, say] = useNotice();
  const [at, setAt] = useState(settings.sameDayNotice.at ? dotted(settings.sameDayNotice.at) : '');
  const [version, setVersion] = useState(settings.school.version);
  const [classes, setClasses] = useState(settings.sameDayNotice.classes);
  const { busy, failure, run, clear, fail } = useSubmit();
  const { defaultAt, until } = settings.sameDayNotice;

  async function reloadNewest() {
    try {
      const fresh = await api.schoolSettings(schoolId);
      setAt(fresh.sameDayNotice.at ? dotted(fresh.sameDayNotice.at) : '');
      setVersion(fresh.school.version);
      setClasses(fresh.sameDayNotice.classes);
      clear();
      say(t('settings.sameDayReloaded'));
      focusById('varsel-samme-dag');
    } catch (err) {
      fail(err);
    }
  }

  async function saveTime(e: FormEvent) {
    e.preventDefault();
    clear();
    await run(async () => {
      const saved = await api.setSameDayNoticeTime(schoolId, at.trim() ? typedTime(at) : null, version);
      setVersion(saved.version);
      setAt(saved.at ? dotted(saved.at) : '');
      say(t('settings.sameDayTimeSaved', { at: dotted(saved.at ?? defaultAt) }));
    });
  }

  async function toggle(classId: string, on: boolean) {
    const cls = classes.find((c) => c.id === classId);
    if (!cls) return;
    clear();
    await run(async () => {
      const saved = await api.setClassSameDayNotice(classId, on, cls.version);
      setClasses((all) => all.map((c) => (c.id === classId ? { ...c, on: saved.on, version: saved.version } : c)));
      say(t(saved.on ? 'settings.sameDayClassOn' : 'settings.sameDayClassOff', { name: cls.name }));
    });
  }

  return (
    <div className="stack-form">
      <form onSubmit={saveTime} noValidate>
        <Textfield
          label={t('settings.sameDayTime')}
          description={t('settings.sameDayTimeHelp', { at: dotted(defaultAt), until: dotted(until) })}
          inputMode="numeric"
          autoComplete="off"
          value={at}
          onChange={(e) => setAt(e.target.value)}
        />
        <div className="button-row">
          <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t('settings.saving') : t('settings.sameDaySaveTime')}
          </Button>
        </div>
      </form>
      <Fieldset>
        <Fieldset.Legend>{t('settings.sameDayClasses')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.sameDayClassesHelp')}</Fieldset.Description>
        {classes.length === 0 && <Paragraph>{t('settings.sameDayNoClasses')}</Paragraph>}
        {classes.map((c) => (
          <Checkbox
            key={c.id}
            label={t('settings.sameDayClass', { name: c.name })}
            checked={c.on}
            disabled={busy}
            onChange={(e) => void toggle(c.id, e.target.checked)}
          />
        ))}
      </Fieldset>
      {failure && (
        <SaveError
          key={failure.attempt}
          failure={failure}
          fallback={t('settings.sameDayFailed')}
          onReload={() => void reloadNewest()}
        />
      )}
      <NoticeRegion notice={notice} />
    </div>
  );
}
