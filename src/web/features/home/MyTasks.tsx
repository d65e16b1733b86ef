import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { caseApi } from '../../api';
import { tasksByCase } from '../../cases';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { formatDate } from '../../format';
import { useApi } from '../../useApi';

/**
 * «Mine oppgaver» (decision 112): the user's open tasks grouped by case, each case's by due date and the
 * case due first first; each task a link to its case's checklist, where it is ticked.
 */
export function MyTasksSection() {
  const { t } = useTranslation();
  const tasks = useApi('tasks:mine', () => caseApi.myTasks());
  const groups = tasks.status === 'ok' ? tasksByCase(tasks.data.tasks) : [];
  return (
    <section aria-labelledby="mine-oppgaver" className="home-section">
      <Heading level={2} data-size="sm" id="mine-oppgaver">
        {t('home.myTasks')}
      </Heading>
      {tasks.status === 'loading' && <Loading />}
      {tasks.status === 'error' && <ErrorAlert>{errorMessage(tasks.error, t('home.tasksFailed'))}</ErrorAlert>}
      {tasks.status === 'ok' && groups.length === 0 && <Paragraph>{t('frontpage.tasksNone')}</Paragraph>}
      {groups.map((group) => (
        <div key={group.caseId} className="task-group" data-case-id={group.caseId}>
          <Heading level={3} data-size="2xs" id={`oppgaver-${group.caseId}`}>
            {t('home.taskCase', { name: group.pupilName, className: group.className })}
            <span className="class-list__meta"> · {t('frontpage.taskCount', { count: group.tasks.length })}</span>
          </Heading>
          <ul className="class-list my-tasks" aria-labelledby={`oppgaver-${group.caseId}`}>
            {group.tasks.map((task) => (
              <li key={task.id} data-task-id={task.id}>
                <Link asChild>
                  <RouterLink to={`/sak/${encodeURIComponent(task.caseId)}#sjekkliste`}>
                    {task.text}
                    <span className="ds-sr-only">
                      {' '}
                      – {t('home.taskCase', { name: task.pupilName, className: task.className })}
                    </span>
                  </RouterLink>
                </Link>
                {task.dueOn && (
                  <span className="class-list__meta">{t('home.taskDue', { date: formatDate(task.dueOn) })}</span>
                )}
                {task.overdue && (
                  <Tag data-color="danger" data-size="sm">
                    <span aria-hidden="true">⚠ </span>
                    {t('home.taskOverdue')}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
