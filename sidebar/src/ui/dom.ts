/** Tiny DOM helpers: the pages are small enough not to need a framework. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`OLAP page: missing element #${id}`);
  return found as T;
}

type Attrs = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'className') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function show(node: HTMLElement, visible: boolean): void {
  node.hidden = !visible;
}

/** Adds or removes one id in a space-separated ARIA reference list, keeping the others. */
export function setReference(node: Element, attribute: string, id: string, present: boolean): void {
  const ids = (node.getAttribute(attribute) || '').split(/\s+/).filter((x) => x && x !== id);
  if (present) ids.push(id);
  if (ids.length) node.setAttribute(attribute, ids.join(' '));
  else node.removeAttribute(attribute);
}
