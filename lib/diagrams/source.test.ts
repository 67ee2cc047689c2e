import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagramSourceError, RENDER_VERSION, diagramKey, extractDiagrams, fenceTitle } from './source';

const FLOW = 'graph LR\n  A["컨테이너"] --> B["호스트"]';

function expectedKey(normalised: string): string {
  return createHash('sha256').update(`${RENDER_VERSION}\0${normalised}`).digest('hex').slice(0, 16);
}

describe('diagramKey', () => {
  it('is 16 hex characters of sha256 over RENDER_VERSION and the normalised source', () => {
    expect(diagramKey(FLOW)).toMatch(/^[0-9a-f]{16}$/);
    expect(diagramKey(FLOW)).toBe(expectedKey(FLOW));
  });

  it('ignores surrounding blank space and CRLF line ends', () => {
    expect(diagramKey(`\n\n${FLOW.replace(/\n/g, '\r\n')}  \n`)).toBe(diagramKey(FLOW));
  });

  it('changes when the source changes, even by one character or inner indentation', () => {
    expect(diagramKey(FLOW.replace('호스트', '호스트 '))).not.toBe(diagramKey(FLOW));
    expect(diagramKey(FLOW.replace('  A', '    A'))).not.toBe(diagramKey(FLOW));
    expect(diagramKey('graph TB')).not.toBe(diagramKey('graph LR'));
  });
});

describe('RENDER_VERSION', () => {
  it('names the installed mermaid version, so that upgrading mermaid makes every SVG stale', () => {
    const { version } = JSON.parse(readFileSync('node_modules/mermaid/package.json', 'utf8')) as { version: string };
    expect(RENDER_VERSION).toContain(`mermaid@${version}`);
  });
});

describe('fenceTitle', () => {
  it('reads title="..." anywhere in the meta', () => {
    expect(fenceTitle('title="보안 레이어"')).toBe('보안 레이어');
    expect(fenceTitle('id=x title="PSS 레벨" other')).toBe('PSS 레벨');
  });

  it('is undefined for no meta, an empty title or a title without quotes', () => {
    expect(fenceTitle(null)).toBeUndefined();
    expect(fenceTitle('title=""')).toBeUndefined();
    expect(fenceTitle('title=  ')).toBeUndefined();
    expect(fenceTitle('subtitle="x"')).toBeUndefined();
  });
});

describe('extractDiagrams', () => {
  const mdx = [
    '---', // 1
    'id: basics', // 2
    'title: 기본', // 3
    '---', // 4
    '', // 5
    '# 제목', // 6
    '', // 7
    '```mermaid title="보안 레이어"', // 8
    FLOW, // 9-10
    '```', // 11
    '', // 12
    '```yaml title="pod.yaml"', // 13
    'kind: Pod', // 14
    '```', // 15
    '', // 16
    '````md', // 17
    '```mermaid title="예시일 뿐"', // 18
    'graph TB', // 19
    '```', // 20
    '````', // 21
    '', // 22
    '<Callout type="info" title="참고">', // 23
    '', // 24
    '```mermaid title="두 번째"', // 25
    'graph TB', // 26
    '  X --> Y', // 27
    '```', // 28
    '', // 29
    '</Callout>', // 30
  ].join('\n');

  it('returns every mermaid fence with key, title, source and the line of the opening fence', () => {
    expect(extractDiagrams(mdx, 'content/chapters/02-basics.mdx')).toEqual([
      { key: diagramKey(FLOW), title: '보안 레이어', source: FLOW, line: 8, file: 'content/chapters/02-basics.mdx' },
      {
        key: diagramKey('graph TB\n  X --> Y'),
        title: '두 번째',
        source: 'graph TB\n  X --> Y',
        line: 25,
        file: 'content/chapters/02-basics.mdx',
      },
    ]);
  });

  it('returns nothing for a file without diagrams', () => {
    expect(extractDiagrams('# 제목\n\n```bash\nls\n```\n', 'a.mdx')).toEqual([]);
  });

  it('fails naming file:line for a fence without a title', () => {
    const text = '# 제목\n\n```mermaid\ngraph LR\n  A --> B\n```\n';
    expect(() => extractDiagrams(text, 'content/chapters/03-x.mdx')).toThrow(DiagramSourceError);
    expect(() => extractDiagrams(text, 'content/chapters/03-x.mdx')).toThrow(
      /^content\/chapters\/03-x\.mdx:3: mermaid diagram without a title\. Write the fence as ```mermaid title="\.\.\."/,
    );
  });

  it('fails naming file:line for an empty title', () => {
    const text = '\n```mermaid title=""\ngraph LR\n```\n';
    expect(() => extractDiagrams(text, 'x.mdx')).toThrow(/^x\.mdx:2: mermaid diagram without a title/);
  });

  it('fails naming file:line when the MDX cannot be parsed', () => {
    const text = '# 제목\n\n<Callout type="info">\n\n텍스트 {\n';
    let error: unknown;
    try {
      extractDiagrams(text, 'broken.mdx');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DiagramSourceError);
    expect((error as DiagramSourceError).message).toMatch(/^broken\.mdx:5: cannot parse the MDX to find its diagrams: /);
    expect((error as DiagramSourceError).line).toBe(5);
  });
});
