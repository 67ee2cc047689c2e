import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { createRemarkMermaid, remarkMermaid } from './remark';
import { diagramKey } from './source';

const SOURCE = 'graph LR\n  A["컨테이너"] --> B["호스트"]';
const KEY = diagramKey(SOURCE);

let dir: string;
let diagramsDir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'w7-remark-'));
  diagramsDir = path.join(dir, 'diagrams');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Leaves exactly the given theme files of `key` in the diagrams directory. */
function commit(key: string, themes: string[]): void {
  rmSync(diagramsDir, { recursive: true, force: true });
  mkdirSync(diagramsDir, { recursive: true });
  for (const theme of themes) writeFileSync(path.join(diagramsDir, `${key}.${theme}.svg`), '<svg></svg>');
}

async function transform(text: string, file = new VFile({ path: path.join(dir, 'chapter.mdx'), cwd: dir, value: text })) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(createRemarkMermaid(diagramsDir));
  file.value = text;
  return (await processor.run(processor.parse(file), file)) as Root;
}

describe('remarkMermaid', () => {
  it('replaces each mermaid fence by <Diagram id title /> and leaves other code alone', async () => {
    commit(KEY, ['light', 'dark']);
    const tree = await transform(`# 제목\n\n\`\`\`mermaid title="호스트 매핑"\n${SOURCE}\n\`\`\`\n\n\`\`\`bash\nls\n\`\`\`\n`);
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'mdxJsxFlowElement', 'code']);
    expect(tree.children[1]).toEqual({
      type: 'mdxJsxFlowElement',
      name: 'Diagram',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'id', value: KEY },
        { type: 'mdxJsxAttribute', name: 'title', value: '호스트 매핑' },
      ],
      children: [],
    });
  });

  it('replaces fences nested in JSX components too', async () => {
    commit(KEY, ['light', 'dark']);
    const tree = await transform(`<Callout type="info" title="참고">\n\n\`\`\`mermaid title="안쪽"\n${SOURCE}\n\`\`\`\n\n</Callout>\n`);
    const callout = tree.children[0] as unknown as { children: { type: string; name: string }[] };
    expect(callout.children.map((node) => [node.type, node.name])).toEqual([['mdxJsxFlowElement', 'Diagram']]);
  });

  it('fails with file:line, the title and the fix when the SVG is missing (new or edited source)', async () => {
    commit(KEY, ['light', 'dark']);
    const edited = SOURCE.replace('호스트', '노드');
    await expect(transform(`# 제목\n\n\`\`\`mermaid title="호스트 매핑"\n${edited}\n\`\`\`\n`)).rejects.toThrow(
      `chapter.mdx:3: diagram "호스트 매핑" has no rendered SVG (${path.join(diagramsDir, `${diagramKey(edited)}.light.svg`)}, ${path.join(
        diagramsDir,
        `${diagramKey(edited)}.dark.svg`,
      )}): its source is new or changed. To fix: run \`npm run diagrams\` and commit ${diagramsDir}/ and public/fonts/.`,
    );
  });

  it('fails when only one theme is committed, naming that file', async () => {
    commit(KEY, ['light']);
    await expect(transform(`\`\`\`mermaid title="반쪽"\n${SOURCE}\n\`\`\`\n`)).rejects.toThrow(
      `chapter.mdx:1: diagram "반쪽" has no rendered SVG (${path.join(diagramsDir, `${KEY}.dark.svg`)})`,
    );
  });

  it('fails with file:line for a fence without a title', async () => {
    commit(KEY, ['light', 'dark']);
    await expect(transform(`# 제목\n\n\n\`\`\`mermaid\n${SOURCE}\n\`\`\`\n`)).rejects.toThrow(
      /^chapter\.mdx:4: mermaid diagram without a title\. Write the fence as ```mermaid title="\.\.\."/,
    );
  });

  it('reports the line in the file on disk when the pipeline stripped the front matter (mdx-bundler)', async () => {
    commit(KEY, ['light', 'dark']);
    const body = `# 제목\n\n\`\`\`mermaid title="제목 없음"\n${SOURCE.replace('A', 'Z')}\n\`\`\`\n`;
    const full = path.join(dir, '05-frontmatter.mdx');
    writeFileSync(full, `---\nid: x\ntitle: 엑스\n---\n\n${body}`);
    await expect(transform(body, new VFile({ path: full, cwd: dir, value: body }))).rejects.toThrow(/^05-frontmatter\.mdx:8: diagram "제목 없음"/);
  });

  it('reports the line on disk for a fence without a title after front matter too', async () => {
    const body = `# 제목\n\n\n\`\`\`mermaid\n${SOURCE}\n\`\`\`\n`;
    const full = path.join(dir, '06-untitled.mdx');
    writeFileSync(full, `---\nid: y\n---\n${body}`);
    await expect(transform(body, new VFile({ path: full, cwd: dir, value: body }))).rejects.toThrow(/^06-untitled\.mdx:7: mermaid diagram without a title/);
  });

  it('is exported ready to use with the default content/diagrams directory', () => {
    expect(typeof remarkMermaid).toBe('function');
    expect(typeof remarkMermaid()).toBe('function');
  });
});
