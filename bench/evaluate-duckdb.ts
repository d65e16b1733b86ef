// An independent evaluation of a rule profile as of one date, in DuckDB SQL, for `npm run bench:evaluate`.
// Written from the semantics of decision 021, sharing no code with the engine: its own school days (from
// the calendar JSON, with Norwegian public holidays from an Easter computus in SQL), its own windows,
// counts and shares, read straight from the events CSV with DuckDB's reader. For every pupil and event
// rule that holds it yields the values of all the rule's conditions, as the CLI prints them.

type Kind = 'day' | 'lesson' | 'late' | 'left';
interface SelectorData {
  kinds: Kind[];
  documented?: boolean;
}
interface ConditionData {
  count: SelectorData | SelectorData[];
  measure: 'events' | 'schoolDays' | 'share';
  comparator: '>' | '>=';
  threshold: number;
  groupBy?: 'subject';
}
type WindowData = { type: 'days'; days: number } | { type: 'rollingMonth' } | { type: 'month' } | { type: 'semester' };
export interface ProfileData {
  id: string;
  rules: { id: string; kind: string; window?: WindowData; conditions?: ConditionData[] }[];
}
export interface CalendarData {
  firstDay: string;
  lastDay: string;
  springStarts: string;
  closed: { from: string; to: string; name: string }[];
  lessonsPerWeekday: number[];
}

/** One lesson is 1/lessons of a day; every lesson count 1–12 divides 27 720, so shares are whole units. */
const UNITS = 27720;

const date = (iso: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`ugyldig dato ${iso}`);
  return `DATE '${iso}'`;
};

/** SQL that creates `holidays(day)` and `school_days(day, lessons)` for the calendar. */
export function calendarSql(cal: CalendarData): string[] {
  const first = Number(cal.firstDay.slice(0, 4));
  const last = Number(cal.lastDay.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i).join(', ');
  const closed = cal.closed.length
    ? cal.closed.map((c) => `(${date(c.from)}, ${date(c.to)})`).join(', ')
    : `(DATE '1900-01-01', DATE '1900-01-01')`;
  const lessons = `[${cal.lessonsPerWeekday.map((n) => Math.trunc(n)).join(', ')}]`;
  return [
    // Easter Sunday by the anonymous Gregorian computus; the holidays of helligdagsloven around it.
    `CREATE OR REPLACE TABLE holidays AS
     WITH y AS (SELECT UNNEST([${years}]) AS year),
     s1 AS (SELECT year, year % 19 AS a, year // 100 AS b, year % 100 AS c FROM y),
     s2 AS (SELECT *, b // 4 AS d, b % 4 AS e, (b + 8) // 25 AS f, c // 4 AS i, c % 4 AS k FROM s1),
     s3 AS (SELECT *, (b - f + 1) // 3 AS g FROM s2),
     s4 AS (SELECT *, (19 * a + b - d - g + 15) % 30 AS h FROM s3),
     s5 AS (SELECT *, (32 + 2 * e + 2 * i - h - k) % 7 AS l FROM s4),
     s6 AS (SELECT *, (a + 11 * h + 22 * l) // 451 AS m FROM s5),
     easter AS (SELECT year, make_date(year, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1) AS sunday FROM s6)
     SELECT make_date(year, 1, 1) AS day FROM easter
     UNION ALL SELECT sunday - 3 FROM easter UNION ALL SELECT sunday - 2 FROM easter UNION ALL SELECT sunday + 1 FROM easter
     UNION ALL SELECT make_date(year, 5, 1) FROM easter UNION ALL SELECT make_date(year, 5, 17) FROM easter
     UNION ALL SELECT sunday + 39 FROM easter UNION ALL SELECT sunday + 50 FROM easter
     UNION ALL SELECT make_date(year, 12, 25) FROM easter UNION ALL SELECT make_date(year, 12, 26) FROM easter`,
    `CREATE OR REPLACE TABLE school_days AS
     SELECT CAST(t.d AS DATE) AS day, ${lessons}[isodow(t.d)] AS lessons
     FROM generate_series(CAST(${date(cal.firstDay)} AS TIMESTAMP), CAST(${date(cal.lastDay)} AS TIMESTAMP), INTERVAL 1 DAY) AS t(d)
     WHERE isodow(t.d) <= 5
       AND CAST(t.d AS DATE) NOT IN (SELECT day FROM holidays)
       AND NOT EXISTS (SELECT 1 FROM (VALUES ${closed}) AS c(f, u) WHERE CAST(t.d AS DATE) BETWEEN c.f AND c.u)
       AND ${lessons}[isodow(t.d)] > 0`,
  ];
}

/** SQL that loads the events CSV (the header decides the columns; types are given). */
export function loadEventsSql(path: string, separator: ',' | ';'): string {
  return `CREATE OR REPLACE TABLE ev AS SELECT * FROM read_csv('${path.replaceAll("'", "''")}', header = true, delim = '${separator}', quote = '"',
    columns = {'student_id': 'VARCHAR', 'date': 'DATE', 'kind': 'VARCHAR', 'subject': 'VARCHAR', 'period': 'INTEGER', 'minutes': 'INTEGER', 'documented': 'BOOLEAN', 'reason': 'VARCHAR', 'source': 'VARCHAR'})`;
}

function windowFrom(w: WindowData, asOf: string, cal: CalendarData): string {
  const d = date(asOf);
  switch (w.type) {
    case 'days':
      return `(${d} - ${w.days - 1})`;
    case 'rollingMonth':
      // DuckDB clamps «one month earlier» to the end of a shorter month, as decision 021 asks.
      return `(CAST(${d} - INTERVAL 1 MONTH AS DATE) + 1)`;
    case 'month':
      return `CAST(date_trunc('month', ${d}) AS DATE)`;
    case 'semester':
      return `(CASE WHEN ${d} < ${date(cal.springStarts)} THEN ${date(cal.firstDay)} ELSE ${date(cal.springStarts)} END)`;
  }
}

function filter(c: ConditionData): string {
  const selectors = Array.isArray(c.count) ? c.count : [c.count];
  return `(${selectors.map((s) => `(kind IN (${s.kinds.map((k) => `'${k}'`).join(', ')})${s.documented === undefined ? '' : ` AND documented = ${s.documented}`})`).join(' OR ')})`;
}

/** Per pupil with any counted event: `v` (the printed value) and `holds`. */
function conditionSql(c: ConditionData, n: string): string {
  const cmp = c.comparator === '>' ? '>' : '>=';
  if (c.measure === 'share') {
    return `SELECT student_id, round(CAST(SUM(u) * 100 AS DOUBLE) / CAST(${UNITS} * ${n} AS DOUBLE) * 10) / 10 AS v,
        CAST(SUM(u) * 100 AS DOUBLE) ${cmp} CAST(${c.threshold} AS DOUBLE) * ${UNITS} * ${n} AS holds
      FROM (
        SELECT student_id, date, CASE WHEN bool_or(kind = 'day') THEN ${UNITS} ELSE COUNT(DISTINCT p) FILTER (WHERE p BETWEEN 1 AND lessons) * (${UNITS} // lessons) END AS u
        FROM (
          SELECT w.student_id, w.date, w.kind, sd.lessons, CASE WHEN w.kind = 'lesson' THEN w.period ELSE NULL END AS p FROM w JOIN school_days sd ON sd.day = w.date WHERE ${filter(c)}
          UNION ALL
          SELECT w.student_id, w.date, w.kind, sd.lessons, UNNEST(range(w.period, sd.lessons + 1)) AS p FROM w JOIN school_days sd ON sd.day = w.date WHERE ${filter(c)} AND w.kind = 'left'
        ) GROUP BY student_id, date, lessons
      ) GROUP BY student_id`;
  }
  const counted = c.measure === 'events' ? 'COUNT(*)' : 'COUNT(DISTINCT date)';
  const group = c.groupBy === 'subject' ? 'subject' : 'NULL';
  return `SELECT student_id, CAST(MAX(x) AS DOUBLE) AS v, MAX(x) ${cmp} ${c.threshold} AS holds
    FROM (SELECT student_id, ${group} AS g, ${counted} AS x FROM w WHERE ${filter(c)} GROUP BY student_id, g) GROUP BY student_id`;
}

/** SQL that creates `target(student_id, rule_id, vals DOUBLE[])`: every event rule that holds as of the date. */
export function profileSql(profile: ProfileData, cal: CalendarData, asOf: string, target: string): string {
  const parts: string[] = [];
  for (const rule of profile.rules) {
    if (rule.kind !== 'events' || !rule.window || !rule.conditions) continue;
    const from = windowFrom(rule.window, asOf, cal);
    const n = `(SELECT COUNT(*) FROM school_days WHERE day BETWEEN ${from} AND ${date(asOf)})`;
    const conditions = rule.conditions.map((c, i) => `c${i} AS (${conditionSql(c, n)})`);
    const holders = rule.conditions.map((_, i) => `SELECT student_id FROM c${i} WHERE holds`).join(' UNION ');
    const joins = rule.conditions.map((_, i) => `LEFT JOIN c${i} USING (student_id)`).join(' ');
    const values = rule.conditions.map((_, i) => `COALESCE(c${i}.v, 0)`).join(', ');
    // Nothing fires when the window has no school day.
    parts.push(`(WITH w AS (SELECT * FROM ev WHERE date BETWEEN ${from} AND ${date(asOf)}), ${conditions.join(', ')}
      SELECT h.student_id, '${rule.id}' AS rule_id, [${values}] AS vals FROM (${holders}) h ${joins} WHERE ${n} > 0)`);
  }
  if (parts.length === 0)
    return `CREATE OR REPLACE TABLE ${target} (student_id VARCHAR, rule_id VARCHAR, vals DOUBLE[])`;
  return `CREATE OR REPLACE TABLE ${target} AS ${parts.join('\nUNION ALL\n')}`;
}
