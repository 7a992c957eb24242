/**
 * The extractor as the Worker sees it. Its implementation (shared/extract/from-html.ts) is
 * DOM-typed and type-checked by the root tsconfig; the Worker's tsconfig has workers-types and
 * no DOM, so it imports the module by this alias and sees only the DOM-free contract.
 * The alias is resolved in wrangler.toml ([alias]) and vitest.config.ts (resolve.alias).
 */
declare module '@jianbao/extract-html' {
  export const extractArticleFromHtml: import('../../shared/extract/html-contract').ExtractArticleFromHtml;
}
