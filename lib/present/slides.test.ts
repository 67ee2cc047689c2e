import type { Element, ElementContent, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeSlides } from './slides';

const el = (tagName: string, text = '', properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: text ? [{ type: 'text', value: text }] : [],
});
const nl: RootContent = { type: 'text', value: '\n' };
const jsx = (name: string, children: (RootContent | ElementContent)[] = [], attributes: { name: string; value: string | null }[] = []) =>
  ({ type: 'mdxJsxFlowElement', name, attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', ...a })), children }) as unknown as RootContent;

/** Each section as [kind, section id, tag/component names of its children]. */
function slides(children: RootContent[]) {
  const tree: Root = { type: 'root', children };
  rehypeSlides()(tree);
  return tree.children.map((node) => {
    if (node.type !== 'element') return node.type;
    const name = (child: ElementContent) => {
      const jsxNode = child as unknown as { type: string; name?: string; attributes?: { name: string; value: unknown }[] };
      if (jsxNode.type === 'mdxJsxFlowElement')
        return `${jsxNode.name}${(jsxNode.attributes ?? []).map((a) => `[${a.name}${a.value === null ? '' : `=${a.value}`}]`).join('')}`;
      return child.type === 'element' ? child.tagName : child.type;
    };
    return [node.properties.dataKind, node.properties.dataSection, node.children.map(name)];
  });
}

describe('rehypeSlides', () => {
  it('gives each <Slide> of a section a slide with the section title and the section notes', () => {
    const tree = slides([
      el('h2', '하나', { id: 'one' }),
      el('p', '본문'),
      jsx('Slide', [el('ul')]),
      jsx('Slide', [el('p'), jsx('Notes', [el('p', '이 슬라이드만')])], [{ name: 'title', value: '둘째 장' }]),
      jsx('Notes', [el('p', '섹션 노트')]),
    ]);
    expect(tree).toEqual([
      ['slide', 'one', ['Slide[title=하나]', 'Notes']],
      ['slide', 'one', ['Slide[title=둘째 장]', 'Notes', 'Notes']],
    ]);
  });

  it('puts the prose into the notes of a section that has none, and keeps the reading-only prose off the slide', () => {
    const tree: Root = { type: 'root', children: [el('h2', '하나', { id: 'one' }), el('p', '긴 설명'), el('table'), jsx('Slide', [el('ul')])] };
    rehypeSlides()(tree);
    const section = tree.children[0] as Element;
    const notes = section.children[1] as unknown as { name: string; attributes: { name: string }[]; children: Element[] };
    expect(notes.name).toBe('Notes');
    expect(notes.attributes.map((a) => a.name)).toEqual(['prose']);
    expect(notes.children.map((c) => c.tagName)).toEqual(['p', 'table']);
  });

  it('adds a slide for each lab after the section slides, and falls back to the prose without <Slide>', () => {
    expect(slides([el('h2', '둘', { id: 'two' }), el('p'), jsx('Lab', [], [{ name: 'id', value: 'audit-policy' }]), el('pre'), jsx('Notes')])).toEqual([
      ['prose', 'two', ['h2', 'p', 'pre', 'Notes']],
      ['lab', 'two', ['Lab[id=audit-policy]']],
    ]);
  });

  it('turns an opening without <Slide> into notes, keeps ESM at the root, and an empty chapter has no sections', () => {
    const esm = { type: 'mdxjsEsm', value: 'export const a = 1' } as unknown as RootContent;
    expect(slides([esm, nl, el('p', 'intro'), el('h2', 'x', { id: 'x' }), jsx('Slide')])).toEqual([
      'mdxjsEsm',
      ['notes', '', ['Notes[prose]']],
      ['slide', 'x', ['Slide[title=x]']],
    ]);
    expect(slides([nl])).toEqual([]);
  });
});
