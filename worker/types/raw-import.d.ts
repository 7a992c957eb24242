/** Test fixtures read as text at build time (Vite's `?raw` imports, used by the Worker tests). */
declare module '*?raw' {
  const text: string;
  export default text;
}
