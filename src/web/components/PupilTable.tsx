import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Pupil } from '../api';
import { ScrollTable } from '../ui/ScrollTable';
import { compareByName, formatDate, pupilName } from '../format';
import { ProtectedAddressTag } from './ProtectedAddressTag';

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
      <ScrollTable
        className="pupil-table"
        columns={[t('class.name'), t('class.birthDate'), t('class.notes')]}
        {...(labelledBy ? { labelledBy } : { caption: t('class.pupilsCaption', { className }), captionId })}
      >
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
              <ProtectedAddressTag value={pupil.protectedAddress} />
            </Table.Cell>
          </Table.Row>
        ))}
      </ScrollTable>
    </>
  );
}
