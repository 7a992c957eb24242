/** The value after `--name` on the command line, if any (`npm run bench:x -- --articles 2000`). */
export function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
