/**
 * Writes the highlighted code inside a code block (text and plain HTML elements, as MDX hands them to `pre`) as an
 * HTML string, so the browser hydrates one <pre> instead of one element per token. Throws on anything else (a
 * component, an event handler): such content must stay React.
 */
import { Fragment, isValidElement, type CSSProperties, type ReactNode } from 'react';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/** `{ '--shiki-light': '#fff', fontStyle: 'italic' }` -> `--shiki-light:#fff;font-style:italic`. */
function styleText(style: CSSProperties): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => `${name.startsWith('--') ? name : name.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', tabIndex: 'tabindex', htmlFor: 'for' };

function attributes(props: Record<string, unknown>): string {
  let html = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    if (typeof value === 'function' || name === 'dangerouslySetInnerHTML') throw new Error(`static HTML: attribute ${name} cannot be written as HTML`);
    const text = name === 'style' && typeof value === 'object' ? styleText(value as CSSProperties) : value === true ? '' : String(value);
    html += ` ${ATTRIBUTE_NAMES[name] ?? name}="${escape(text)}"`;
  }
  return html;
}

export function staticHtml(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escape(String(node));
  if (Array.isArray(node)) return node.map(staticHtml).join('');
  if (isValidElement<Record<string, unknown>>(node)) {
    const children = node.props.children as ReactNode;
    if (node.type === Fragment) return staticHtml(children);
    if (typeof node.type !== 'string') throw new Error('static HTML: a component cannot be written as HTML');
    return `<${node.type}${attributes(node.props)}>${staticHtml(children)}</${node.type}>`;
  }
  throw new Error('static HTML: only text and HTML elements can be written as HTML');
}
