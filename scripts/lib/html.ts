/**
 * A parsed HTML page for the dist checks, on parse5 (the HTML standard's parsing algorithm; no regular expressions).
 * Attribute values come back decoded (`&amp;` → `&`).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

const isElement = (n: Node): n is Element => 'tagName' in n;

/** Every element under `root` in document order (template contents included). */
export function* elements(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) yield n;
    const template = isElement(n) && n.tagName === 'template' ? (n as DefaultTreeAdapterMap['template']).content : undefined;
    const kids: Node[] = [...('childNodes' in n ? n.childNodes : []), ...(template ? [template as Node] : [])];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** The first element with this tag name, or undefined. */
export function find(root: Node, tag: string): Element | undefined {
  for (const e of elements(root)) if (e.tagName === tag) return e;
  return undefined;
}

/** An attribute's (decoded) value, or undefined when the element does not have it. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text content of a node (what a browser's `textContent` gives). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** A start tag as written in a message: `<a href="/x/">`. */
export function tagOf(el: Element): string {
  return `<${el.tagName}${el.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
}
