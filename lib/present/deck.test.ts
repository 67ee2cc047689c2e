import { bundleMDX } from 'mdx-bundler';
import { createElement, Fragment, isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { splitDeck } from './deck';
import { rehypeSlides } from './slides';

function SpeakerNotes({ children }: { children?: ReactNode }) {
  return createElement('aside', null, children);
}
function Callout({ children }: { children?: ReactNode }) {
  return createElement('div', { className: 'callout' }, children);
}

async function compile(source: string): Promise<string> {
  const { code } = await bundleMDX({
    source,
    mdxOptions(options) {
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlides];
      return options;
    },
  });
  return code;
}

const html = (nodes: ReactNode[]) => renderToStaticMarkup(createElement(Fragment, null, ...nodes));

describe('splitDeck', () => {
  it('gives one slide per h2 and per ---, with the notes apart from the content', async () => {
    const code = await compile(`## 하나

첫 문단

<Notes>
말할 것 **하나**
</Notes>

<Callout>주의</Callout>

## 둘

앞부분

---

뒷부분
`);
    const slides = splitDeck(code, { Callout }, SpeakerNotes);
    expect(slides.map((s) => [s.section, s.title])).toEqual([
      ['', '하나'],
      ['', '둘'],
      ['', '둘'],
    ]);
    expect(html(slides[0]!.content)).toBe('<h2>하나</h2><p>첫 문단</p><div class="callout">주의</div>');
    expect(html(slides[0]!.notes)).toBe('<p>말할 것 <strong>하나</strong></p>');
    expect(slides[1]!.notes).toEqual([]);
    expect(html(slides[2]!.content)).toBe('<p>뒷부분</p>');
    expect(slides.every((s) => s.content.every((n) => typeof n === 'string' || isValidElement(n)))).toBe(true);
  });
  it('a chapter without headings is one slide; an empty one has none', async () => {
    expect(splitDeck(await compile('그냥 문단'), {}, SpeakerNotes)).toHaveLength(1);
    expect(splitDeck(await compile(''), {}, SpeakerNotes)).toEqual([]);
  });
});
