export type TestDbTarget =
  | { kind: 'pglite'; templatePath: string }
  | { kind: 'postgres'; adminUrl: string; template: string; prefix: string }
  | { kind: 'skip'; reason: string };

export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
