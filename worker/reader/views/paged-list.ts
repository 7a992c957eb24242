/** A list filled a page at a time: "More" fetches the next page with the cursor of the last. */
import type { ArticleList, ListItem } from '../api-types';

export interface PagedList {
  list: HTMLElement;
  more: HTMLButtonElement;
  /** Shown while the list is empty. */
  empty: HTMLElement;
  fetchPage(cursor: string | null): Promise<ArticleList>;
  entry(item: ListItem): HTMLElement;
}

/**
 * Loads the first page; each "More" click appends the next and moves the focus to its first link,
 * so keyboard users continue where the new entries begin.
 */
export async function fillPagedList({ list, more, empty, fetchPage, entry }: PagedList): Promise<void> {
  let cursor: string | null = null;
  const load = async (): Promise<void> => {
    more.disabled = true;
    const page = await fetchPage(cursor);
    list.append(...page.items.map(entry));
    cursor = page.nextCursor;
    more.hidden = cursor === null;
    more.disabled = false;
    empty.hidden = list.childElementCount > 0;
  };
  more.addEventListener('click', () => {
    const focusIndex = list.childElementCount;
    void load().then(() => list.children[focusIndex]?.querySelector('a')?.focus());
  });
  await load();
}
