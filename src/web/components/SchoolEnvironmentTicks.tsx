import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * «Gjelder krenkelser, mobbing, vold eller trakassering» and «En voksen på skolen er involvert» on an observation
 * or a case note: ticked, saving it starts the aktivitetsplikt and tells the leadership (decision 187).
 */
export function SchoolEnvironmentTicks({
  schoolEnvironment,
  adultInvolved,
  onChange,
}: {
  schoolEnvironment: boolean;
  adultInvolved: boolean;
  onChange(ticks: { schoolEnvironment: boolean; adultInvolved: boolean }): void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('schoolEnvironment.sectionHeading')}</Fieldset.Legend>
      <Fieldset.Description>{t('schoolEnvironment.observationTickHelp')}</Fieldset.Description>
      <Checkbox
        label={t('schoolEnvironment.observationTick')}
        checked={schoolEnvironment}
        onChange={(e) => onChange({ schoolEnvironment: e.target.checked, adultInvolved })}
      />
      <Checkbox
        label={t('schoolEnvironment.observationAdult')}
        checked={adultInvolved}
        onChange={(e) => onChange({ schoolEnvironment, adultInvolved: e.target.checked })}
      />
    </Fieldset>
  );
}
