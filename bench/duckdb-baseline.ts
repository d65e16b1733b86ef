// The DuckDB baseline: the same episodes computed from the raw event and school-day tables with
// DuckDB's own SQL (window functions), sharing no code with the engine. It reads only the profile
// data (window, selectors, measure, comparator, threshold) and writes one SQL query per rule.
//
// Tables it expects:
//   events(pupil INTEGER, day INTEGER, kind TINYINT, documented TINYINT, subject INTEGER, period TINYINT)
//     day = days since 1970-01-01; kind 0 day, 1 lesson, 2 late, 3 left
//   school_days(idx INTEGER, day INTEGER, lessons INTEGER, month_key INTEGER, sem INTEGER)
//   day_lookup(day INTEGER, last_idx INTEGER, first_idx INTEGER) for every calendar day around the year
//   month_last(month_key INTEGER, last_idx INTEGER, first_idx INTEGER), sem_last(sem INTEGER, last_idx INTEGER, first_idx INTEGER)
//   rolling_month(idx INTEGER, first_idx INTEGER): per school day, the first school day of the month ending on it
//   rolling_until(day INTEGER, last_idx INTEGER): per school day, the last school day whose rolling month still holds it

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
export interface RuleData {
  id: string;
  kind: string;
  window?: { type: 'days'; days: number } | { type: 'rollingMonth' } | { type: 'month' } | { type: 'semester' };
  conditions?: ConditionData[];
}

const KIND_NUMBER: Record<Kind, number> = { day: 0, lesson: 1, late: 2, left: 3 };
const UNITS = 27720; // lessons 1–12 all divide this, so shares stay whole numbers
// Decision 021: runs of a rolling rule at most this many school days apart are one episode.
const MERGE_GAP_SCHOOL_DAYS = 5;

function filterSql(c: ConditionData): string {
  const selectors = Array.isArray(c.count) ? c.count : [c.count];
  return selectors
    .map((s) => {
      const kinds = `e.kind IN (${s.kinds.map((k) => KIND_NUMBER[k]).join(', ')})`;
      return s.documented === undefined ? `(${kinds})` : `(${kinds} AND e.documented = ${s.documented ? 1 : 0})`;
    })
    .join(' OR ');
}

/** Intervals [s, e] of school-day indices on which a count condition holds, one row per counted event. */
function countIntervals(c: ConditionData, window: NonNullable<RuleData['window']>, name: string): string {
  const k = c.comparator === '>' ? Math.floor(c.threshold) + 1 : Math.ceil(c.threshold);
  const grp = c.groupBy === 'subject' ? 'e.subject' : '0';
  const partition = window.type === 'month' ? ', month_key' : window.type === 'semester' ? ', sem' : '';
  const base =
    c.measure === 'schoolDays'
      ? `SELECT DISTINCT e.pupil, ${grp} AS grp, sd.idx, sd.day, sd.month_key, sd.sem FROM events e JOIN school_days sd ON sd.day = e.day WHERE ${filterSql(c)}`
      : `SELECT e.pupil, ${grp} AS grp, sd.idx, sd.day, sd.month_key, sd.sem FROM events e JOIN school_days sd ON sd.day = e.day WHERE ${filterSql(c)}`;
  // The k-th latest counted event before or on a day decides how long the window keeps k events.
  const lag = k <= 1 ? 'day' : `LAG(day, ${k - 1}) OVER (PARTITION BY pupil, grp${partition} ORDER BY day)`;
  const join =
    window.type === 'days'
      ? `JOIN day_lookup x ON x.day = r.kth_day + ${window.days - 1}`
      : window.type === 'rollingMonth'
        ? 'JOIN rolling_until x ON x.day = r.kth_day'
        : window.type === 'month'
          ? 'JOIN month_last x ON x.month_key = r.month_key'
          : 'JOIN sem_last x ON x.sem = r.sem';
  return `${name}_m AS (${base}),
${name}_r AS (SELECT pupil, idx, day, month_key, sem, ${lag} AS kth_day FROM ${name}_m),
${name} AS (SELECT r.pupil, r.idx AS s, x.last_idx AS e FROM ${name}_r r ${join} WHERE r.kth_day IS NOT NULL)`;
}

/** Islands of school days on which a share condition holds, from a dense pupil × school-day grid. */
function shareIntervals(c: ConditionData, window: NonNullable<RuleData['window']>, name: string): string {
  const strict = c.comparator === '>' ? '>' : '>=';
  let totals: string;
  if (window.type === 'rollingMonth') {
    // A month is 28–31 days, too uneven for a fixed frame: a running total per pupil, less the
    // running total on the day before the window (zero before the pupil's first absence).
    totals = `${name}_c AS (SELECT g.pupil, g.idx, SUM(u) OVER (PARTITION BY g.pupil ORDER BY g.idx ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cs FROM ${name}_g g),
${name}_w AS (SELECT c.pupil, c.idx, c.cs - COALESCE(p.cs, 0) AS total, c.idx - x.first_idx + 1 AS n FROM ${name}_c c JOIN rolling_month x ON x.idx = c.idx LEFT JOIN ${name}_c p ON p.pupil = c.pupil AND p.idx = x.first_idx - 1)`;
  } else {
    const sum =
      window.type === 'days'
        ? `SUM(u) OVER (PARTITION BY g.pupil ORDER BY g.day RANGE BETWEEN ${window.days - 1} PRECEDING AND CURRENT ROW)`
        : `SUM(u) OVER (PARTITION BY g.pupil, ${window.type === 'month' ? 'g.month_key' : 'g.sem'} ORDER BY g.idx ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
    // School days in the window as of each day: from the lookup tables, since the grid starts late.
    const join =
      window.type === 'days'
        ? `JOIN day_lookup x ON x.day = g.day - ${window.days - 1}`
        : window.type === 'month'
          ? 'JOIN month_last x ON x.month_key = g.month_key'
          : 'JOIN sem_last x ON x.sem = g.sem';
    totals = `${name}_w AS (SELECT g.pupil, g.idx, ${sum} AS total, g.idx - x.first_idx + 1 AS n FROM ${name}_g g ${join})`;
  }
  return `${name}_m AS (SELECT e.pupil, e.kind, e.period, sd.idx, sd.lessons FROM events e JOIN school_days sd ON sd.day = e.day WHERE ${filterSql(c)}),
${name}_p AS (
  SELECT pupil, idx, period FROM ${name}_m WHERE kind = 1
  UNION
  SELECT pupil, idx, UNNEST(range(period, lessons + 1)) AS period FROM ${name}_m WHERE kind = 3
),
${name}_u AS (
  SELECT pupil, idx, MAX(u) AS u FROM (
    SELECT pupil, idx, ${UNITS} AS u FROM ${name}_m WHERE kind = 0
    UNION ALL
    SELECT p.pupil, p.idx, COUNT(*) * (${UNITS} // sd.lessons) AS u FROM ${name}_p p JOIN school_days sd ON sd.idx = p.idx GROUP BY p.pupil, p.idx, sd.lessons
  ) GROUP BY pupil, idx
),
${name}_first AS (SELECT pupil, MIN(idx) AS first FROM ${name}_u GROUP BY pupil),
${name}_g AS (
  SELECT f.pupil, sd.idx, sd.day, sd.month_key, sd.sem, COALESCE(u.u, 0) AS u
  FROM ${name}_first f JOIN school_days sd ON sd.idx >= f.first
  LEFT JOIN ${name}_u u ON u.pupil = f.pupil AND u.idx = sd.idx
),
${totals},
${name}_h AS (SELECT pupil, idx, idx - ROW_NUMBER() OVER (PARTITION BY pupil ORDER BY idx) AS island FROM ${name}_w WHERE CAST(total AS BIGINT) * 100 ${strict} CAST(${c.threshold} AS BIGINT) * ${UNITS} * n),
${name} AS (SELECT pupil, MIN(idx) AS s, MAX(idx) AS e FROM ${name}_h GROUP BY pupil, island)`;
}

/** One query that creates table `target(pupil, s, e)` with the rule's episodes (merged intervals). */
export function episodeSql(rule: RuleData, target: string): string {
  if (rule.kind !== 'events' || !rule.window || !rule.conditions) throw new Error(`${rule.id} is not an event rule`);
  const window = rule.window;
  const parts = rule.conditions.map((c, i) =>
    c.measure === 'share' ? shareIntervals(c, window, `c${i}`) : countIntervals(c, window, `c${i}`),
  );
  const all = rule.conditions.map((_, i) => `SELECT pupil, s, e FROM c${i} WHERE e >= s`).join(' UNION ALL ');
  // Merge overlapping or touching intervals (next school day) into episodes, and for a rolling window
  // also intervals at most MERGE_GAP_SCHOOL_DAYS school days apart. DISTINCT makes (s, e) a total
  // order within a pupil, so both window functions below see ties in the same order.
  const reach = 1 + (window.type === 'days' || window.type === 'rollingMonth' ? MERGE_GAP_SCHOOL_DAYS : 0);
  return `CREATE OR REPLACE TABLE ${target} AS
WITH ${parts.join(',\n')},
iv AS (SELECT DISTINCT pupil, s, e FROM (${all})),
ordered AS (SELECT pupil, s, e, MAX(e) OVER (PARTITION BY pupil ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_max FROM iv),
flagged AS (SELECT pupil, s, e, CASE WHEN prev_max IS NULL OR s > prev_max + ${reach} THEN 1 ELSE 0 END AS starts FROM ordered),
numbered AS (SELECT pupil, s, e, SUM(starts) OVER (PARTITION BY pupil ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode FROM flagged)
SELECT pupil, MIN(s) AS s, MAX(e) AS e FROM numbered GROUP BY pupil, episode`;
}
