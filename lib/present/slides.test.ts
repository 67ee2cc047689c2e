import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeSlides } from './slides';

const el = (tagName: string, text = '', properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: text ? [{ type: 'text', value: text }] : [],
});
const nl: RootContent = { type: 'text', value: '\n' };
const notes = { type: 'mdxJsxFlowElement', name: 'Notes', attributes: [], children: [] } as unknown as RootContent;

function slides(children: RootContent[]) {
  const tree: Root = { type: 'root', children };
  rehypeSlides()(tree);
  return tree.children.map((node) =>
    node.type === 'element'
      ? {
          tag: node.tagName,
          ...node.properties,
          children: node.children.map((child) =>
            child.type === 'element' ? child.tagName : child.type === 'text' ? JSON.stringify(child.value) : (child as { name?: string }).name ?? child.type,
          ),
        }
      : node.type,
  );
}

describe('rehypeSlides', () => {
  it('starts a slide at each h2 and keeps Notes inside its slide', () => {
    expect(slides([el('h2', '하나', { id: 'one' }), nl, el('p', 'a'), notes, el('h2', '둘', { id: 'two' }), el('pre')])).toEqual([
      { tag: 'section', dataSlide: 0, dataSection: 'one', dataTitle: '하나', children: ['h2', '"\\n"', 'p', 'Notes'] },
      { tag: 'section', dataSlide: 1, dataSection: 'two', dataTitle: '둘', children: ['h2', 'pre'] },
    ]);
  });
  it('splits a section at an hr, drops the hr, and the continuation keeps the section', () => {
    expect(slides([el('h2', '하나', { id: 'one' }), el('p'), el('hr'), el('p'), notes])).toEqual([
      { tag: 'section', dataSlide: 0, dataSection: 'one', dataTitle: '하나', children: ['h2', 'p'] },
      { tag: 'section', dataSlide: 1, dataSection: 'one', dataTitle: '하나', children: ['p', 'Notes'] },
    ]);
  });
  it('content before the first h2 is a slide of its own; blank text alone is not', () => {
    expect(slides([nl, el('p', 'intro'), el('h2', 'x', { id: 'x' })]).map((s) => (typeof s === 'string' ? s : s.children))).toEqual([
      ['p'],
      ['h2'],
    ]);
    expect(slides([nl, el('h2', 'x', { id: 'x' }), nl, el('hr'), nl])).toHaveLength(1);
  });
  it('keeps ESM at the root, outside the slides', () => {
    const esm = { type: 'mdxjsEsm', value: 'export const a = 1' } as unknown as RootContent;
    expect(slides([esm, el('h2', 'x', { id: 'x' })])).toEqual(['mdxjsEsm', { tag: 'section', dataSlide: 0, dataSection: 'x', dataTitle: 'x', children: ['h2'] }]);
  });
  it('an empty chapter has no slides', () => {
    expect(slides([])).toEqual([]);
  });
});
