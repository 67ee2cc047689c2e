/**
 * Chapter → slides at compile time (rehype, presenter only): each `##` section becomes the slides written in
 * its `<Slide>` blocks, each with the section's speaker notes (or, where it has none, the section's prose), and
 * a slide for each `<Lab>` of the section. A section without `<Slide>` falls back to its prose as one slide.
 * Content before the first `##` without a `<Slide>` becomes the notes of the title slide. ESM stays at the root.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

/** What a `<section data-kind>` of the compiled deck holds. */
export type SlideKind = 'slide' | 'prose' | 'lab' | 'notes';

function isBlank(node: RootContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';
}

function isJsx(node: RootContent | ElementContent, name: string): node is MdxJsxFlowElementHast {
  return node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElementHast).name === name;
}

function hasAttribute(node: MdxJsxFlowElementHast, name: string): boolean {
  return node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** The section's prose as speaker notes, marked `prose` so the notes panel can say where it comes from. */
function proseNotes(prose: RootContent[]): MdxJsxFlowElementHast {
  const marker: MdxJsxAttribute = { type: 'mdxJsxAttribute', name: 'prose', value: null };
  return { type: 'mdxJsxFlowElement', name: 'Notes', attributes: [marker], children: structuredClone(prose) as ElementContent[] };
}

interface Group {
  section: string;
  title: string;
  heading?: Element;
  nodes: RootContent[];
}

function section(kind: SlideKind, group: Group, children: RootContent[]): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { dataKind: kind, dataSection: group.section, dataTitle: group.title },
    children: children as ElementContent[],
  };
}

function slidesOf(group: Group): Element[] {
  const slides = group.nodes.filter((n): n is MdxJsxFlowElementHast => isJsx(n, 'Slide'));
  const notes = group.nodes.filter((n) => isJsx(n, 'Notes'));
  const labs = group.nodes.filter((n) => isJsx(n, 'Lab'));
  const prose = group.nodes.filter((n) => !isBlank(n) && !isJsx(n, 'Slide') && !isJsx(n, 'Notes') && !isJsx(n, 'Lab'));
  const out: Element[] = [];
  const sectionNotes = (): RootContent[] => (notes.length > 0 ? structuredClone(notes) : prose.length > 0 ? [proseNotes(prose)] : []);
  if (slides.length > 0) {
    for (const slide of slides) {
      const own = slide.children.filter((n) => isJsx(n, 'Notes'));
      slide.children = slide.children.filter((n) => !isJsx(n, 'Notes'));
      if (!hasAttribute(slide, 'title') && group.title) slide.attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: group.title });
      out.push(section('slide', group, [slide, ...(own as RootContent[]), ...sectionNotes()]));
    }
  } else if (!group.heading) {
    if (prose.length > 0 || notes.length > 0) out.push(section('notes', group, sectionNotes()));
  } else {
    out.push(section('prose', group, [group.heading, ...prose, ...notes]));
  }
  for (const lab of labs) out.push(section('lab', group, [lab]));
  return out;
}

export function rehypeSlides() {
  return (tree: Root) => {
    const kept: RootContent[] = [];
    const groups: Group[] = [{ section: '', title: '', nodes: [] }];
    for (const node of tree.children) {
      if (node.type === 'mdxjsEsm' || node.type === 'doctype') {
        kept.push(node);
      } else if (node.type === 'element' && node.tagName === 'h2') {
        const id = node.properties?.id;
        groups.push({ section: typeof id === 'string' ? id : '', title: hastToString(node).trim(), heading: node, nodes: [] });
      } else {
        groups[groups.length - 1]!.nodes.push(node);
      }
    }
    tree.children = [...kept, ...groups.flatMap(slidesOf)];
  };
}
