// Nynorsk: every file of ../nb/ translated, the same names and keys, merged into the one `translation`
// namespace and loaded as one chunk (../index.ts). The glob takes the files that exist, so a file not yet
// translated does not break the build: its keys fall back to bokmål until it lands (the missing-key test says which).
const files = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

/** The files by name (`case`, `register` …), as ../nb/index.ts's nbFiles, for the tests. */
export const nnFiles: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(files).map(([path, tree]) => [path.replace(/^\.\/|\.json$/g, ''), tree]),
);

export default Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
