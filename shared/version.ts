/** Name and version stamped on every extracted article (`extractor` field). */
export const EXTRACTOR = { name: 'jianbao', version: '0.1.0' } as const;
