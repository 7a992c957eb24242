/** Typed element lookup for the extension's own pages (never used on web pages). */

/** The element with `id`, checked to be of `type`; throws when the page markup and code disagree. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing or not a ${type.name}`);
  return element;
}
