/** Builds the reader page into dist/reader; resolves when done. */
export function buildReader(options?: { quiet?: boolean }): Promise<void>;
