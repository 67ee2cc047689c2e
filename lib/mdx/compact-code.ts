/**
 * A shiki transformer that writes the same highlighted code with far fewer elements: no per-line wrappers,
 * tokens in the block's own colour as plain text, and neighbouring tokens of one colour (with only whitespace
 * between them) in one span. The text, and what a reader sees, stay the same: colours come from the same CSS
 * variables (--shiki-light / --shiki-dark) and every span inherits from the <pre>. Must not add line features.
 */
import type { Element, ElementContent, Text } from 'hast';
import type { ShikiTransformer } from 'shiki';

/** `a:b;c:d` -> normalised declarations (lower-case, trimmed), in order. */
function styleOf(node: Element): string {
  const style = node.properties?.style;
  return typeof style === 'string'
    ? style
        .split(';')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean)
        .join(';')
    : '';
}

/** The foreground declarations of the block (the <pre>'s style without its backgrounds). */
function blockColour(pre: Element): string {
  return styleOf(pre)
    .split(';')
    .filter((declaration) => /^--shiki-(light|dark):/.test(declaration))
    .join(';');
}

const isSpan = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'span';
/** Shiki's line wrapper (its hast names the class `class`, rehype's `className`). */
const isLine = (node: Element) => [node.properties?.class, node.properties?.className].flat().includes('line');
const isWhitespace = (node: ElementContent): node is Text => node.type === 'text' && node.value.trim() === '';

export function compactTokens(nodes: readonly ElementContent[], defaultStyle: string): ElementContent[] {
  // Lines unwrapped; default-coloured tokens become text.
  const flat: ElementContent[] = [];
  const pushText = (value: string) => {
    const last = flat.at(-1);
    if (last?.type === 'text') last.value += value;
    else flat.push({ type: 'text', value });
  };
  const visit = (node: ElementContent) => {
    if (isSpan(node) && isLine(node)) node.children.forEach(visit);
    else if (isSpan(node) && styleOf(node) === defaultStyle) node.children.forEach(visit);
    else if (node.type === 'text') pushText(node.value);
    else flat.push(node);
  };
  nodes.forEach(visit);

  // span(a) [whitespace] span(a) -> one span: whitespace looks the same in any colour.
  const out: ElementContent[] = [];
  for (let i = 0; i < flat.length; i++) {
    const node = flat[i];
    const previous = out.at(-1);
    if (isSpan(node) && previous && isSpan(previous) && styleOf(previous) === styleOf(node)) {
      previous.children.push(...node.children);
    } else if (isSpan(node) && previous && isWhitespace(previous) && out.length >= 2) {
      const before = out[out.length - 2];
      if (isSpan(before) && styleOf(before) === styleOf(node)) {
        out.pop();
        before.children.push(previous, ...node.children);
      } else out.push(node);
    } else out.push(node);
  }
  return out;
}

export const compactCode: ShikiTransformer = {
  name: 'w7:compact-code',
  pre(pre) {
    const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    if (code) code.children = compactTokens(code.children, blockColour(pre));
  },
};
