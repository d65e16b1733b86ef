// The school roles of an account, as rows an administrator edits (issue 16 item 3): role, school (one of
// theirs), class (a contact teacher must have one; a subject teacher may) and subject (subject teachers).
import { Button, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SCHOOL_ROLES, type RoleInput, type SchoolRole } from '../../adminApi';
import type { ClassSummary } from '../../api';
import { compareClassNames } from '../../format';

export type RoleDraft = { key: number; role: SchoolRole; schoolId: string; classId: string; subject: string };

let nextKey = 1;
export function roleDraft(schoolId: string, from?: Partial<Omit<RoleDraft, 'key'>>): RoleDraft {
  return { key: nextKey++, role: 'kontaktlaerer', schoolId, classId: '', subject: '', ...from };
}

export function rolesFromDrafts(drafts: RoleDraft[]): RoleInput[] {
  return drafts.map((d) => ({
    role: d.role,
    schoolId: d.schoolId,
    classId: d.role === 'kontaktlaerer' || d.role === 'faglaerer' ? d.classId || null : null,
    subject: d.role === 'faglaerer' ? d.subject.trim() || null : null,
  }));
}

type Props = {
  legend: string;
  drafts: RoleDraft[];
  onChange(drafts: RoleDraft[]): void;
  schools: { id: string; name: string }[];
  classes: ClassSummary[];
};

export function RoleEditor({ legend, drafts, onChange, schools, classes }: Props) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<RoleDraft>) =>
    onChange(drafts.map((d) => (d.key === key ? { ...d, ...change } : d)));
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {drafts.length === 0 && <p>{t('users.noRolesHere')}</p>}
      {drafts.map((d, i) => {
        const schoolClasses = classes
          .filter((c) => c.schoolId === d.schoolId)
          .sort((a, b) => a.trinn - b.trinn || compareClassNames(a.name, b.name));
        const n = i + 1;
        return (
          <div key={d.key} className="role-row" role="group" aria-label={t('users.roleRow', { n })}>
            <Field>
              <Label>{t('users.role')}</Label>
              <Select
                value={d.role}
                onChange={(e) => update(d.key, { role: e.target.value as SchoolRole })}
                width="auto"
              >
                {SCHOOL_ROLES.map((r) => (
                  <Select.Option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {schools.length > 1 && (
              <Field>
                <Label>{t('users.school')}</Label>
                <Select
                  value={d.schoolId}
                  onChange={(e) => update(d.key, { schoolId: e.target.value, classId: '' })}
                  width="auto"
                >
                  {schools.map((s) => (
                    <Select.Option key={s.id} value={s.id}>
                      {s.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            {(d.role === 'kontaktlaerer' || d.role === 'faglaerer') && (
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
            {d.role === 'faglaerer' && (
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
      {schools.length > 0 && (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => onChange([...drafts, roleDraft(schools[0]!.id)])}
        >
          {t('users.addRole')}
        </Button>
      )}
    </Fieldset>
  );
}
