/**
 * One column as the text of a PostgreSQL array literal, for `unnest(…::type[])` statements that move
 * tens of thousands of rows in one parameter per column (the import's staging, the bulk re-evaluation's
 * alerts). Built here rather than by the driver, which quotes every element one by one (a second of
 * Node's time per 200 000 rows). With `quote`, text is quoted and escaped; without, values must hold
 * only digits, letters, dashes and null.
 */
export function arrayLiteral(values: readonly (string | number | boolean | null)[], quote = false): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else if (quote) out += `"${String(v).replace(/["\\]/g, '\\$&')}"`;
    else out += String(v);
  }
  return `${out}}`;
}
