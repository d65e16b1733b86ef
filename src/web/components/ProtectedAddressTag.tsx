import { Tag } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtectedAddress } from '../api';

/** «Fortrolig adresse» (warning) or «Strengt fortrolig adresse» (danger) beside a pupil; nothing when not protected. */
export function ProtectedAddressTag({
  value,
  ...tag
}: { value: ProtectedAddress } & Pick<ComponentProps<typeof Tag>, 'data-size' | 'variant'>) {
  const { t } = useTranslation();
  if (value === 'none') return null;
  return (
    <Tag data-color={value === 'strengt_fortrolig' ? 'danger' : 'warning'} {...tag}>
      {t(`class.protected_${value}`)}
    </Tag>
  );
}
