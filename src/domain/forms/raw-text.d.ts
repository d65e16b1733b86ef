// Vite (and so vitest) imports a file's text with «?raw»; the form tests read their source excerpts so.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
