// The roles of an account, as rows an administrator edits (issue 16 item 3, decisions 080 and 111): role and
// place. A school role holds at a school (a contact teacher in a class, a subject teacher in a class or the
// whole school, with a subject); for the kommune-wide administrator also the school owner and the
// administrator for the whole kommune (no place), and the service roles at one of the kommune's service units.
import { Button, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  ASSIGNABLE_ROLES,
  type AssignableRole,
  type Accounts,
  type RoleInput,
  SCHOOL_ROLES,
  SERVICE_ROLE_UNITS,
  SERVICE_ROLES,
  isOneOf,
} from '../../adminApi';
import type { ClassSummary } from '../../api';
import { compareClassNames } from '../../format';

export type RoleDraft = {
  key: number;
  role: AssignableRole;
  /** '' = no school: the whole kommune (administrator, school owner) or a service role. */
  schoolId: string;
  classId: string;
  subject: string;
  serviceUnitId: string;
};

/** Roles for the whole kommune, held without a school: the school owner and the avdelingsdirektør (decision 123). */
const KOMMUNE_ROLES = ['skoleeier', 'avdelingsdirektor'] as const;

let nextKey = 1;
export function roleDraft(schoolId: string, from?: Partial<Omit<RoleDraft, 'key'>>): RoleDraft {
  return { key: nextKey++, role: 'kontaktlaerer', schoolId, classId: '', subject: '', serviceUnitId: '', ...from };
}

export function rolesFromDrafts(drafts: RoleDraft[]): RoleInput[] {
  return drafts.map((d) => {
    const service = isOneOf(SERVICE_ROLES, d.role);
    const atSchool = !service && !isOneOf(KOMMUNE_ROLES, d.role) && d.schoolId !== '';
    // The school health service is given per school (decisions 196 and 207): the helsesykepleier's school.
    const nurseSchool = d.role === 'helsesykepleier' && d.schoolId !== '';
    return {
      role: d.role,
      schoolId: atSchool || nurseSchool ? d.schoolId : null,
      classId: atSchool && (d.role === 'kontaktlaerer' || d.role === 'faglaerer') ? d.classId || null : null,
      subject: atSchool && d.role === 'faglaerer' ? d.subject.trim() || null : null,
      serviceUnitId: service ? d.serviceUnitId || null : null,
    };
  });
}

type Props = {
  legend: string;
  drafts: RoleDraft[];
  onChange(drafts: RoleDraft[]): void;
  schools: { id: string; name: string }[];
  classes: ClassSummary[];
  kommuneAdmin: boolean;
  serviceUnits: Accounts['serviceUnits'];
};

export function RoleEditor({ legend, drafts, onChange, schools, classes, kommuneAdmin, serviceUnits }: Props) {
  const { t } = useTranslation();
  const roles: readonly AssignableRole[] = kommuneAdmin ? ASSIGNABLE_ROLES : SCHOOL_ROLES;
  const update = (key: number, change: Partial<RoleDraft>) =>
    onChange(drafts.map((d) => (d.key === key ? { ...d, ...change } : d)));
  /** A new role keeps a place that fits it: a school for a school role, the first unit of its kind for a service. */
  const changeRole = (d: RoleDraft, role: AssignableRole) => {
    const unit = isOneOf(SERVICE_ROLES, role)
      ? (serviceUnits.find((u) => u.kind === SERVICE_ROLE_UNITS[role])?.id ?? '')
      : '';
    // A service role starts without a school: the helsesykepleier's school is chosen, never assumed.
    const schoolId = isOneOf(SERVICE_ROLES, role)
      ? ''
      : isOneOf(SCHOOL_ROLES, role) && role !== 'administrator'
        ? d.schoolId || (schools[0]?.id ?? '')
        : d.schoolId;
    update(d.key, { role, serviceUnitId: unit, schoolId, classId: '' });
  };
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {drafts.length === 0 && <p>{t(kommuneAdmin ? 'users.noRoles' : 'users.noRolesHere')}</p>}
      {drafts.map((d, i) => {
        const schoolClasses = classes
          .filter((c) => c.schoolId === d.schoolId)
          .sort((a, b) => a.trinn - b.trinn || compareClassNames(a.name, b.name));
        const n = i + 1;
        const service = isOneOf(SERVICE_ROLES, d.role);
        const kommuneWideAllowed = kommuneAdmin && d.role === 'administrator';
        const atSchool = !service && !isOneOf(KOMMUNE_ROLES, d.role);
        return (
          <div key={d.key} className="role-row" role="group" aria-label={t('users.roleRow', { n })}>
            <Field>
              <Label>{t('users.role')}</Label>
              <Select
                value={d.role}
                onChange={(e) => isOneOf(roles, e.target.value) && changeRole(d, e.target.value)}
                width="auto"
              >
                {roles.map((r) => (
                  <Select.Option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {atSchool && (schools.length > 1 || kommuneWideAllowed) && (
              <Field>
                <Label>{t('users.school')}</Label>
                <Select
                  value={d.schoolId}
                  onChange={(e) => update(d.key, { schoolId: e.target.value, classId: '' })}
                  width="auto"
                >
                  {kommuneWideAllowed && <Select.Option value="">{t('users.wholeKommune')}</Select.Option>}
                  {schools.map((s) => (
                    <Select.Option key={s.id} value={s.id}>
                      {s.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            {service && (
              <Field>
                <Label>{t('users.serviceUnit')}</Label>
                <Select
                  value={d.serviceUnitId}
                  onChange={(e) => update(d.key, { serviceUnitId: e.target.value })}
                  width="auto"
                >
                  <Select.Option value="">{t('users.chooseServiceUnit')}</Select.Option>
                  {serviceUnits
                    .filter((u) => u.kind === SERVICE_ROLE_UNITS[d.role as keyof typeof SERVICE_ROLE_UNITS])
                    .map((u) => (
                      <Select.Option key={u.id} value={u.id}>
                        {u.name}
                      </Select.Option>
                    ))}
                </Select>
              </Field>
            )}
            {d.role === 'helsesykepleier' && (
              <Field>
                <Label>{t('users.nurseSchool')}</Label>
                <Field.Description>{t('users.nurseSchoolHelp')}</Field.Description>
                <Select value={d.schoolId} onChange={(e) => update(d.key, { schoolId: e.target.value })} width="auto">
                  <Select.Option value="">{t('users.nurseNoSchool')}</Select.Option>
                  {schools.map((s) => (
                    <Select.Option key={s.id} value={s.id}>
                      {s.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            {atSchool && d.schoolId !== '' && (d.role === 'kontaktlaerer' || d.role === 'faglaerer') && (
              <Field>
                <Label>{d.role === 'kontaktlaerer' ? t('users.classRequired') : t('users.classOptional')}</Label>
                <Select value={d.classId} onChange={(e) => update(d.key, { classId: e.target.value })} width="auto">
                  <Select.Option value="">
                    {d.role === 'kontaktlaerer' ? t('users.chooseClass') : t('users.wholeSchool')}
                  </Select.Option>
                  {schoolClasses.map((c) => (
                    <Select.Option key={c.id} value={c.id}>
                      {c.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            {atSchool && d.role === 'faglaerer' && (
              <Textfield
                label={t('users.subject')}
                value={d.subject}
                onChange={(e) => update(d.key, { subject: e.target.value })}
              />
            )}
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => onChange(drafts.filter((x) => x.key !== d.key))}
            >
              {t('users.removeRole')}
              <span className="ds-sr-only"> {n}</span>
            </Button>
          </div>
        );
      })}
      {(schools.length > 0 || kommuneAdmin) && (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => onChange([...drafts, roleDraft(schools[0]?.id ?? '')])}
        >
          {t('users.addRole')}
        </Button>
      )}
    </Fieldset>
  );
}
