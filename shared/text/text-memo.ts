/**
 * `compute` remembered for short texts: for pure functions asked about the same headings and
 * info lines many times a page. Longer texts are computed each time; at most `maxEntries` answers
 * are kept (all are dropped when full), so a long-lived content script holds a bounded amount.
 */
export function rememberedForShortTexts<T>(compute: (text: string) => T, { maxLength, maxEntries }: { maxLength: number; maxEntries: number }): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return compute(text);
    if (known.has(text)) return known.get(text) as T;
    const value = compute(text);
    if (known.size >= maxEntries) known.clear();
    known.set(text, value);
    return value;
  };
}
