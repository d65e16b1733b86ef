// Vite's lazy `import.meta.glob` (each match its own chunk, loaded by calling it), for the language folders
// (./index.ts); the eager form is declared in src/domain/rules/import-meta-glob.d.ts.
interface ImportMeta {
  glob<T = unknown>(
    pattern: string | string[],
    options?: { eager?: false; import?: string },
  ): Record<string, () => Promise<T>>;
}
