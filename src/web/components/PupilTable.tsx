import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Pupil } from '../api';
import { compareByName, formatDate, pupilName } from '../format';

// A class list. Only what the contract gives: opaque id, name, birth date, protected-address flag.
// The fødselsnummer never reaches the browser and is never shown.
type PupilTableProps = {
  className: string;
  pupils: Pupil[];
  /** Id of a visible heading that already names the table; otherwise the table gets a caption. */
  labelledBy?: string;
  /** Names link to the pupil's absence page (staff with access to the class). */
  linkPupils?: boolean;
};

export function PupilTable({ className, pupils, labelledBy, linkPupils = false }: PupilTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  if (pupils.length === 0) return <Paragraph>{t('class.noPupils')}</Paragraph>;

  const sorted = [...pupils].sort(compareByName);
  const anyProtected = sorted.some((p) => p.protectedAddress !== 'none');
  return (
    <>
      {anyProtected && (
        <Paragraph data-size="sm" className="protected-help">
          {t('class.protectedHelp')}
        </Paragraph>
      )}
      {/* On narrow screens the table scrolls sideways inside a named region that keyboard users can focus and scroll. */}
      <div className="table-scroll" role="region" aria-labelledby={labelledBy ?? captionId} tabIndex={0}>
        <Table zebra border data-size="sm" className="pupil-table" aria-labelledby={labelledBy}>
          {!labelledBy && <caption id={captionId}>{t('class.pupilsCaption', { className })}</caption>}
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('class.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('class.birthDate')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('class.notes')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sorted.map((pupil) => (
              <Table.Row key={pupil.id} data-pupil-id={pupil.id}>
                <Table.HeaderCell scope="row" className="pupil-name">
                  {linkPupils ? (
                    <Link asChild>
                      <RouterLink to={`/elev/${encodeURIComponent(pupil.id)}`}>{pupilName(pupil)}</RouterLink>
                    </Link>
                  ) : (
                    pupilName(pupil)
                  )}
                </Table.HeaderCell>
                <Table.Cell>{formatDate(pupil.birthDate)}</Table.Cell>
                <Table.Cell>
                  {pupil.protectedAddress === 'fortrolig' && (
                    <Tag data-color="warning">{t('class.protected_fortrolig')}</Tag>
                  )}
                  {pupil.protectedAddress === 'strengt_fortrolig' && (
                    <Tag data-color="danger">{t('class.protected_strengt_fortrolig')}</Tag>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}
