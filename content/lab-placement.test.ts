import { describe, expect, it } from 'vitest';
import { readChapterBody } from './lab-placement';

describe('readChapterBody', () => {
  it('places each <Lab> in the section of the nearest h2, with site heading ids for h2-h4, ignoring code fences', () => {
    const body = [
      '## 첫 `절`과 [링크](https://example.com)',
      '',
      '```md',
      '## 코드 안의 제목',
      '<Lab id="in-code" />',
      '```',
      '',
      '### 하위 **절**',
      '',
      '<Lab id="a" />',
      '',
      '## 첫 절과 링크',
      '',
      '<Callout>',
      '<Lab id="b" />',
      '</Callout>',
    ].join('\n');
    expect(readChapterBody('ch', body)).toEqual({
      headings: ['첫-절과-링크', '하위-절', '첫-절과-링크-1'],
      placements: [
        { lab: 'a', chapter: 'ch', section: '첫-절과-링크' },
        { lab: 'b', chapter: 'ch', section: '첫-절과-링크-1' },
      ],
    });
  });

  it('refuses a lab before any heading and a lab without a literal id', () => {
    expect(() => readChapterBody('ch', '### 하위\n\n<Lab id="x" />\n')).toThrow('ch: <Lab id="x" /> must be inside a section (after an h2)');
    expect(() => readChapterBody('ch', '## 절\n\n<Lab id={x} />\n')).toThrow('ch: <Lab> needs a literal id="..." attribute');
  });
});
