/**
 * Traditional → simplified Han conversion used to fold search text, so that 環保 finds 环保.
 *
 * NOTE: placeholder until shared/text/han-script.ts (opencc-js, built for story detection)
 * lands on main; then this file becomes `export { toSimplified } from '../text/han-script';`.
 * Until then it maps nothing, and search matches scripts only as written.
 */
export function toSimplified(text: string): string {
  return text;
}
