import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { PRESENCE_LEVELS, SIGNATORY_ROLES, TEACHING_PLACES } from '../../../../domain/plans/plan-schema';
import { newRowId } from './plans';
import { Text, Rows, ids, OptionalDate, Choice, Lines } from './fields';
import type { Bind } from './fields';
import { MeasureFields, ReductionFields, TeachingFields } from './MeasureFields';
import { formatDate } from '../../../format';

export function PlanFields({ bind, caseData }: { bind: Bind; caseData: CaseDetail }) {
  const { t } = useTranslation();
  const plan = bind.plan;
  const common = <Text bind={bind} path={['date']} label={t('plans.f.date')} type="date" />;
  switch (plan.kind) {
    case 'samarbeidsavtale':
      return (
        <>
          {common}
          <Text bind={bind} path={['status']} label={t('plans.f.status')} multiline />
          <Text bind={bind} path={['mainGoal']} label={t('plans.f.mainGoal')} multiline />
          <Rows
            bind={bind}
            path={['rows']}
            legend={t('plans.f.agreementRows')}
            itemLabel={(i) => t('plans.f.rowN', { n: i + 1 })}
            addLabel={t('plans.f.addAgreementRow')}
            make={(items) => ({
              id: newRowId('r', ids(items)),
              subGoal: '',
              measure: '',
              responsible: '',
              deadline: null,
              reducesAttendance: null,
            })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'subGoal']} label={t('plans.f.subGoal')} />
                <Text bind={bind} path={[...at, 'measure']} label={t('plans.f.measure')} multiline />
                <Text bind={bind} path={[...at, 'responsible']} label={t('plans.f.responsible')} />
                <OptionalDate bind={bind} path={[...at, 'deadline']} label={t('plans.f.deadline')} />
                <TeachingFields bind={bind} at={at} />
              </>
            )}
          </Rows>
          <Text
            bind={bind}
            path={['planB']}
            label={t('plans.f.planB')}
            multiline
            description={t('plans.f.planBHelp')}
          />
          <OptionalDate bind={bind} path={['evaluationOn']} label={t('plans.f.evaluationOn')} />
          <Rows
            bind={bind}
            path={['signatures']}
            legend={t('plans.f.signatures')}
            itemLabel={(i) => t('plans.f.signatureN', { n: i + 1 })}
            make={() => ({ name: '', role: 'foresatt', signedOn: plan.date })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'name']} label={t('plans.f.name')} />
                <Choice bind={bind} path={[...at, 'role']} label={t('plans.f.role')} options={SIGNATORY_ROLES} />
                <Text bind={bind} path={[...at, 'signedOn']} label={t('plans.f.signedOn')} type="date" />
              </>
            )}
          </Rows>
        </>
      );
    case 'tiltaksplan':
      return (
        <>
          {common}
          <Text bind={bind} path={['longTermGoal']} label={t('plans.f.longTermGoal')} multiline />
          <Lines bind={bind} path={['subGoals']} label={t('plans.f.subGoals')} />
          <Text bind={bind} path={['period', 'from']} label={t('plans.f.periodFrom')} type="date" />
          <Text bind={bind} path={['period', 'to']} label={t('plans.f.periodTo')} type="date" />
          <Text bind={bind} path={['statusAndEvaluation']} label={t('plans.f.statusAndEvaluation')} multiline />
          <Text bind={bind} path={['timetableAndAttendance']} label={t('plans.f.timetableAndAttendance')} multiline />
          <Rows
            bind={bind}
            path={['measures']}
            legend={t('plans.f.measures')}
            itemLabel={(i) => t('plans.f.measureN', { n: i + 1 })}
            make={(items) => ({
              id: newRowId('m', ids(items)),
              description: '',
              planB: '',
              responsible: '',
              attendanceReduction: null,
              homeSchooling: null,
            })}
          >
            {(at) => <MeasureFields bind={bind} at={at} caseData={caseData} />}
          </Rows>
          <Text bind={bind} path={['triggers']} label={t('plans.f.triggers')} multiline />
          <OptionalDate bind={bind} path={['nextMeetingOn']} label={t('plans.f.nextMeetingOn')} />
        </>
      );
    case 'dagsplan':
      return (
        <>
          {common}
          <Text bind={bind} path={['appliesTo']} label={t('plans.f.appliesTo')} />
          <Rows
            bind={bind}
            path={['rows']}
            legend={t('plans.f.dayRows')}
            itemLabel={(i) => t('plans.f.rowN', { n: i + 1 })}
            addLabel={t('plans.f.addDayRow')}
            make={(items) => ({
              id: newRowId('d', ids(items)),
              from: '08:00',
              to: null,
              where: '',
              what: '',
              responsible: '',
            })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'from']} label={t('plans.f.from')} type="time" />
                <Text bind={bind} path={[...at, 'to']} label={t('plans.f.to')} type="time" />
                <Text bind={bind} path={[...at, 'where']} label={t('plans.f.where')} />
                <Text bind={bind} path={[...at, 'what']} label={t('plans.f.what')} />
                <Text bind={bind} path={[...at, 'responsible']} label={t('plans.f.responsible')} />
                <Text bind={bind} path={[...at, 'why']} label={t('plans.f.why')} />
                <Text bind={bind} path={[...at, 'how']} label={t('plans.f.how')} />
                <Text bind={bind} path={[...at, 'withWhom']} label={t('plans.f.withWhom')} />
                <Text bind={bind} path={[...at, 'afterwards']} label={t('plans.f.afterwards')} />
              </>
            )}
          </Rows>
        </>
      );
    case 'gradvis-tilbakeforing':
      return (
        <>
          {common}
          <Text bind={bind} path={['goal']} label={t('plans.f.goal')} multiline />
          <Text bind={bind} path={['arena']} label={t('plans.f.arena')} />
          <Rows
            bind={bind}
            path={['steps']}
            legend={t('plans.f.steps')}
            itemLabel={(i) => t('plans.f.stepN', { n: i + 1 })}
            make={(items) => ({
              id: newRowId('s', ids(items)),
              from: plan.date,
              to: plan.date,
              where: '',
              when: '',
              what: '',
              who: '',
              attendance: 'delvis',
              pupilTasks: [],
              guardianTasks: [],
              schoolTasks: [],
              moveOnWhen: '',
            })}
          >
            {(at) => (
              <>
                <Text bind={bind} path={[...at, 'from']} label={t('plans.f.periodFrom')} type="date" />
                <Text bind={bind} path={[...at, 'to']} label={t('plans.f.periodTo')} type="date" />
                <Text bind={bind} path={[...at, 'where']} label={t('plans.f.where')} />
                <Text bind={bind} path={[...at, 'when']} label={t('plans.f.when')} />
                <Text bind={bind} path={[...at, 'what']} label={t('plans.f.whatStep')} />
                <Text bind={bind} path={[...at, 'who']} label={t('plans.f.who')} />
                <Choice
                  bind={bind}
                  path={[...at, 'attendance']}
                  label={t('plans.f.attendance')}
                  options={{ hel: t('plans.f.attendanceFull'), delvis: t('plans.f.attendancePartial') }}
                />
                <Lines bind={bind} path={[...at, 'pupilTasks']} label={t('plans.f.pupilTasks')} />
                <Lines bind={bind} path={[...at, 'guardianTasks']} label={t('plans.f.guardianTasks')} />
                <Lines bind={bind} path={[...at, 'schoolTasks']} label={t('plans.f.schoolTasks')} />
                <Text bind={bind} path={[...at, 'moveOnWhen']} label={t('plans.f.moveOnWhen')} />
              </>
            )}
          </Rows>
          <OptionalDate bind={bind} path={['evaluationOn']} label={t('plans.f.evaluationOn')} />
          <ReductionFields bind={bind} at={['attendanceReduction']} caseData={caseData} />
        </>
      );
    case 'opplaering-ved-sykdom':
      return (
        <>
          {common}
          <Choice
            bind={bind}
            path={['doctorStatementId']}
            label={t('plans.f.doctorStatement')}
            empty={t('plans.f.noneChosen')}
            options={Object.fromEntries(
              caseData.assessments
                .filter((a) => a.kind === 'legeerklaering')
                .map((a) => [a.id, `${a.issuedBy} (${formatDate(a.issuedOn)})`]),
            )}
          />
          <Choice
            bind={bind}
            path={['presenceAtSchool']}
            label={t('plans.f.presenceAtSchool')}
            options={PRESENCE_LEVELS}
          />
          <Text bind={bind} path={['condition']} label={t('plans.f.condition')} multiline />
          <Text bind={bind} path={['expectedAbsence', 'from']} label={t('plans.f.periodFrom')} type="date" />
          <OptionalDate bind={bind} path={['expectedAbsence', 'until']} label={t('plans.f.until')} />
          <Text bind={bind} path={['expectedAbsence', 'description']} label={t('plans.f.expectedAbsence')} />
          <Text bind={bind} path={['assessment']} label={t('plans.f.assessment')} multiline />
          <Choice bind={bind} path={['place']} label={t('plans.f.place')} options={TEACHING_PLACES} />
          <Text bind={bind} path={['placeDescription']} label={t('plans.f.placeDescription')} />
          <Text bind={bind} path={['teaching']} label={t('plans.f.teaching')} multiline />
          <Text bind={bind} path={['schoolOffer']} label={t('plans.f.schoolOffer')} multiline />
          <Text bind={bind} path={['followedUpBy']} label={t('plans.f.followedUpBy')} />
          <OptionalDate bind={bind} path={['evaluationOn']} label={t('plans.f.evaluationOn')} />
        </>
      );
  }
}
