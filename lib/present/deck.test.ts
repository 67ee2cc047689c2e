import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { compileMdx } from '@/lib/mdx/compile';
import { splitDeck } from './deck';
import { rehypeSlides } from './slides';

function SpeakerNotes({ children }: { children?: ReactNode }) {
  return createElement('aside', null, children);
}
function Slide({ title, children }: { title?: string; children?: ReactNode }) {
  return createElement('div', { className: 'slide' }, createElement('h2', null, title), children);
}
function Lab({ id }: { id: string }) {
  return createElement('div', { 'data-lab': id });
}

const dir = mkdtempSync(join(tmpdir(), 'w7-deck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** Compiled as the presenter's chapters are: the site's one compileMdx with the slide splitter last. */
async function compile(source: string): Promise<string> {
  const path = join(dir, `deck${count++}.mdx`);
  writeFileSync(path, source);
  return (await compileMdx(path, { file: 'deck.mdx', rehypePlugins: [rehypeSlides] })).code;
}

const html = (nodes: ReactNode[]) => renderToStaticMarkup(createElement(Fragment, null, ...nodes));

describe('splitDeck', () => {
  it('separates slides, notes and labs; the opening becomes notes', async () => {
    const code = await compile(`여는 말

## 하나

읽기 화면의 긴 설명

<Slide>

- 요점 **하나**

</Slide>

<Notes>
말할 것
</Notes>

<Lab id="audit-policy" />
`);
    const deck = splitDeck(code, { Slide, Lab }, SpeakerNotes);
    expect(html(deck.openingNotes)).toBe('<aside><p>여는 말</p></aside>');
    expect(deck.slides.map((s) => [s.kind, s.section, s.title, s.lab])).toEqual([
      // The section is the H2's id from the site's heading plugin, so a slide links back to its reading section.
      ['slide', '하나', '하나', undefined],
      ['lab', '하나', '하나', 'audit-policy'],
    ]);
    expect(html(deck.slides[0]!.content)).toBe('<div class="slide"><h2>하나</h2><ul>\n<li>요점 <strong>하나</strong></li>\n</ul></div>');
    expect(html(deck.slides[0]!.notes)).toBe('<aside><p>말할 것</p></aside>');
    expect(html(deck.slides[1]!.content)).toBe('<div data-lab="audit-policy"></div>');
  });

  it('an empty chapter has no slides', async () => {
    expect(splitDeck(await compile(''), {}, SpeakerNotes)).toEqual({ slides: [], openingNotes: [] });
  });
});
