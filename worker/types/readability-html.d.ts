/**
 * Readability as the clip benchmark's in-Worker baseline sees it (bench only; the implementation,
 * shared/extract/readability-from-html.ts, is DOM-typed and type-checked by the root tsconfig).
 */
declare module '@jianbao/readability-html' {
  export function readabilityFromHtml(html: string): { title: string; textLength: number } | null;
}
