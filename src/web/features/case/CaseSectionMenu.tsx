import { Link } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseDetail } from '../../api';

// The case page's section menu (issue 17 item 10, decision 117): the parts a teacher goes to, in the page's
// order, kept in view while the page scrolls (sticky; at a phone's width one row that scrolls sideways).
// A link and a deep link (/saker/:id#moter) scroll to the section and move focus to its heading, so a
// screen reader reads where one landed. The ids are the sections' heading ids.

type Item = { id: string; label: string };

function items(data: CaseDetail, t: TFunction): Item[] {
  const all: (Item | false)[] = [
    { id: 'status', label: t('caseNav.status') },
    !data.readOnly && { id: 'neste-steg', label: t('caseNav.next') },
    Boolean(data.pupilEntries) && { id: 'elevens-innspill', label: t('pupilEntries.nav') },
    Boolean(data.meetings) && { id: 'moter', label: t('caseNav.meetings') },
    Boolean(data.forms && data.pupilVoice) && { id: 'kartlegging', label: t('caseNav.mapping') },
    { id: 'planer', label: t('caseNav.plans') },
    !data.readOnly && { id: 'vedtak', label: t('decisions.nav') },
    { id: 'samtykke', label: t('caseNav.consent') },
    { id: 'henvisninger', label: t('caseNav.referrals') },
    { id: 'tidslinje', label: t('caseNav.log') },
  ];
  return all.filter((i): i is Item => i !== false);
}

/** Scrolls to a section's heading and focuses it (a heading takes focus by tabindex −1). */
export function goToSection(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

export function CaseSectionMenu({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const list = items(data, t);
  // A deep link: once the case is on screen, go to the section the address names.
  const landed = useRef<string | null>(null);
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || landed.current === `${data.id}#${id}`) return;
    landed.current = `${data.id}#${id}`;
    const frame = requestAnimationFrame(() => goToSection(id));
    return () => cancelAnimationFrame(frame);
  }, [data.id]);
  return (
    <nav className="case-nav" aria-label={t('caseNav.label')}>
      <ul>
        {list.map((i) => (
          <li key={i.id}>
            <Link
              href={`#${i.id}`}
              onClick={(e) => {
                e.preventDefault();
                // The address says where one is (to share or reload) without a new history entry or route change.
                window.history.replaceState(window.history.state, '', `#${i.id}`);
                goToSection(i.id);
              }}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
