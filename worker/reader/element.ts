/**
 * Builds DOM nodes from data without ever parsing strings as HTML: text goes in as text nodes,
 * attributes through setAttribute. Every view of the reader page is made with it.
 */

/** Attribute values; `false`/`undefined` leave the attribute out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;
/** Children: nodes, or strings that become text nodes; null/false/undefined are skipped. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates `<tag>` with attributes and children. Event handlers are attached by the caller
 * (addEventListener), never as `on*` attributes, which the page's CSP forbids anyway.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
  return element;
}
