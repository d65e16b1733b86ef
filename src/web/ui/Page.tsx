import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

// The first page after a full load keeps the browser's own focus (the top of the document, so
// the skip link comes first). After a client-side navigation the old content is gone, so focus
// moves to the new page's h1: screen readers announce where they are, keyboard users start there.
// Comparing history keys (not a "first time" flag) keeps this right when React runs effects twice.
let lastKey: string | undefined;

type PageProps = {
  /** Goes into document.title as "<title> – Nærvær". */
  title: string;
  /** The page's one h1; defaults to the title. */
  heading?: ReactNode;
  children?: ReactNode;
};

export function Page({ title, heading, children }: PageProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);

  useEffect(() => {
    if (lastKey !== undefined && lastKey !== key) headingRef.current?.focus();
    lastKey = key;
  }, [key]);

  return (
    <>
      <Heading level={1} data-size="lg" ref={headingRef} tabIndex={-1} className="page-heading">
        {heading ?? title}
      </Heading>
      {children}
    </>
  );
}
