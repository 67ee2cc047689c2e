/**
 * Chapter → slides at compile time: a rehype plugin that wraps the top-level nodes of a chapter into
 * `<section data-slide>` elements, starting a new slide at each h2 and at each `---` (hr, which is dropped).
 * Speaker notes (`<Notes>`) stay inside the slide they are written in. ESM nodes stay at the root.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';

function isBlank(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '' ? true : node.type === 'comment';
}

export function rehypeSlides() {
  return (tree: Root) => {
    const kept: RootContent[] = [];
    const slides: { children: RootContent[]; section: string; title: string }[] = [];
    let section = '';
    let title = '';
    let current: RootContent[] | null = null;
    const start = () => {
      current = [];
      slides.push({ children: current, section, title });
    };
    for (const node of tree.children) {
      if (node.type === 'mdxjsEsm' || node.type === 'doctype') {
        kept.push(node);
        continue;
      }
      if (node.type === 'element' && node.tagName === 'h2') {
        section = typeof node.properties?.id === 'string' ? node.properties.id : '';
        title = hastToString(node).trim();
        start();
      } else if (node.type === 'element' && node.tagName === 'hr') {
        start();
        continue;
      } else if (!current) {
        if (isBlank(node)) continue;
        start();
      }
      current!.push(node);
    }
    const nonEmpty = slides.filter((slide) => slide.children.some((node) => !isBlank(node)));
    tree.children = [
      ...kept,
      ...nonEmpty.map(
        (slide, index): Element => ({
          type: 'element',
          tagName: 'section',
          properties: { dataSlide: index, dataSection: slide.section, dataTitle: slide.title },
          children: slide.children as ElementContent[],
        }),
      ),
    ];
  };
}
