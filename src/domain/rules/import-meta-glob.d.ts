// Vite (and so vitest) expands `import.meta.glob` at build time; the source-text test reads every
// shipped profile and its excerpt so, with no file I/O in the domain.
interface ImportMeta {
  glob<T = unknown>(
    pattern: string | string[],
    options: { eager: true; import?: string; query?: string },
  ): Record<string, T>;
}
