import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

type Naming =
  /** The table's own caption, which also names the scroll region. */
  | { caption: ReactNode; captionId: string; labelledBy?: never; label?: never }
  /** A heading elsewhere on the page names it. */
  | { labelledBy: string; caption?: never; captionId?: never; label?: never }
  /** A name read only by screen readers. */
  | { label: string; caption?: never; captionId?: never; labelledBy?: never };

/**
 * A table of rows under column headings, inside a region that scrolls sideways on a narrow screen and that
 * keyboard users can focus and scroll (WCAG 2.1.1, 1.4.10). The region carries the table's name, so each table
 * on a page is told apart. The rows are the children (a row's first cell a row header where it names the row).
 */
export function ScrollTable({
  columns,
  children,
  className,
  zebra = true,
  ...naming
}: Naming & { columns: ReactNode[]; children: ReactNode; className?: string; zebra?: boolean }) {
  const region =
    naming.label !== undefined
      ? { 'aria-label': naming.label }
      : { 'aria-labelledby': naming.labelledBy ?? naming.captionId };
  return (
    <div className="table-scroll" role="region" tabIndex={0} {...region}>
      <Table data-size="sm" border zebra={zebra} className={className}>
        {naming.caption !== undefined && <caption id={naming.captionId}>{naming.caption}</caption>}
        <Table.Head>
          <Table.Row>
            {columns.map((column, i) => (
              <Table.HeaderCell scope="col" key={i}>
                {column}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}
