import { useTranslation } from 'react-i18next';
import type { DecisionDto, DecisionKindDto } from '../../../api';
import { formatDate, formatList } from '../../../format';

/** What has happened to a decision, in the order it happened: who decides, the notice and reply, the letter, the appeal. */
export function DecisionRecord({ decision: d, kind }: { decision: DecisionDto; kind: DecisionKindDto | undefined }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [];
  rows.push([t('decisions.statusLabel'), t(`decisions.state.${d.status}`)]);
  // A decision the school changed after an appeal is a new decision with its own letter (decision 230).
  if (d.replacesId) rows.push([t('decisions.afterAppeal'), t('decisions.afterAppealLine')]);
  if (kind && !d.decidedOn)
    rows.push([t('decisions.decidedBy'), formatList(kind.decidedBy.map((r) => t(`decisions.role.${r}`)))]);
  if (d.notice) {
    rows.push([
      t('decisions.noticeHeading'),
      t('decisions.noticeLine', { sent: formatDate(d.notice.sentOn), due: formatDate(d.notice.replyBy) }),
    ]);
    const reply = d.notice.reply;
    // A reply the guardians sent in Nærvær names who and when (decision 228); one the school recorded, the day.
    if (reply?.channel === 'naervaer')
      rows.push([
        t('decisions.replyHeadingNaervaer', { date: formatDate(reply.on), name: reply.byName ?? '' }),
        reply.text,
      ]);
    else if (reply)
      rows.push([
        t('decisions.replyHeading'),
        t('decisions.replyLine', { date: formatDate(reply.on), text: reply.text }),
      ]);
  }
  if (d.decidedOn)
    rows.push([
      t('decisions.decidedHeading'),
      t('decisions.decidedLine', { date: formatDate(d.decidedOn), name: d.decidedByName ?? '' }),
    ]);
  if (d.delivery) {
    rows.push([
      t('decisions.letterHeading'),
      t('decisions.deliveredLine', {
        date: formatDate(d.delivery.sentOn),
        how: t(`decisions.channelShort.${d.delivery.channel}`),
      }),
    ]);
    rows.push([
      t('decisions.receiptHeading'),
      d.delivery.receivedOn
        ? t(d.delivery.receipt === 'opened' ? 'decisions.receiptOpened' : 'decisions.receiptEntered', {
            date: formatDate(d.delivery.receivedOn),
          })
        : t('decisions.receiptNone'),
    ]);
  }
  if (d.appealDeadline)
    rows.push([
      t('decisions.appealDeadline'),
      t('decisions.appealDeadlineLine', { date: formatDate(d.appealDeadline) }),
    ]);
  if (d.appeal)
    rows.push([
      t('decisions.appealHeading'),
      t('decisions.appealLine', { date: formatDate(d.appeal.receivedOn), text: d.appeal.text }),
    ]);
  if (d.reassessment)
    rows.push([
      t('decisions.reassessOutcome'),
      t('decisions.reassessLine', {
        outcome: t(`decisions.outcome.${d.reassessment.outcome}`),
        date: formatDate(d.reassessment.on),
        reasons: d.reassessment.reasons,
      }),
    ]);
  if (d.forwarded)
    rows.push([
      t('decisions.sendOn'),
      t('decisions.forwardedLine', { date: formatDate(d.forwarded.on), documents: formatList(d.forwarded.documents) }),
    ]);
  if (d.outcome)
    rows.push([
      t('decisions.finalOutcomeLabel'),
      t('decisions.finalLine', {
        date: formatDate(d.outcome.on),
        outcome: t(`decisions.finalOutcomeName.${d.outcome.outcome}`),
        text: d.outcome.text,
      }).trim(),
    ]);
  return (
    <dl className="case-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd className="pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
