import { printForm } from '../../domain/forms/print';
import { renderPdf } from '../pdf/document';
import { formById } from '../forms/load-forms';
import type { Content } from '../content/load-content';

/** A blank form as a PDF, to fill in on paper. */
export async function printBlankForm(content: Content, formId: string, version: number | undefined, now: Date) {
  const form = formById(content, formId, version);
  const printed = printForm(form);
  return {
    pdf: await renderPdf({ title: printed.title, blocks: printed.blocks, footer: printed.footer, createdAt: now }),
    fileName: `${form.id}-v${form.version}-blankt.pdf`,
  };
}
