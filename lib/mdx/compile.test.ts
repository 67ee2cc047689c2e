/**
 * The one MDX pipeline: CJK-friendly emphasis, sample includes, slide blocks resolved by name, and build
 * errors that name the file and line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { podNginxUnprivileged } from '@/content/samples';
import { compileMdx } from './compile';

const dir = mkdtempSync(join(tmpdir(), 'w7-compile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
async function compile(source: string) {
  const path = join(dir, `t${count++}.mdx`);
  writeFileSync(path, source);
  return compileMdx(path, { file: 'x.mdx', lineOffset: 10 });
}

const passthrough = ({ children }: { children?: ReactNode }) => createElement('div', null, children);
const show = (props: Record<string, unknown>) => createElement('show', { 'data-props': JSON.stringify(props) });

async function html(source: string): Promise<string> {
  const { code } = await compile(source);
  const Content = getMDXComponent(code);
  return renderToStaticMarkup(createElement(Content, { components: { Slide: passthrough, Show: show, Notes: () => null } }));
}

describe('compileMdx', () => {
  it('renders bold next to a Korean particle and after a code span (CJK-friendly emphasis)', async () => {
    const out = await html('**최종 stage의 마지막 USER**가 기준입니다. `USER`는 **instruction**이지 셸 명령이 아닙니다. ~~취소~~를 봅니다.\n');
    expect(out).toBe(
      '<p><strong>최종 stage의 마지막 USER</strong>가 기준입니다. <code>USER</code>는 <strong>instruction</strong>이지 셸 명령이 아닙니다. <del>취소</del>를 봅니다.</p>',
    );
  });

  it('keeps dates and version ranges in prose on one line, not in code or headings ids', async () => {
    const out = await html(
      '## 기능 (1.32-1.37)\n\n| 버전 | 날짜 |\n|---|---|\n| 1.37 | 2026-08-26에 |\n\nCVE-2026-33634, 19-23일, GHSA-69fq-xp46-6x23, `2026-12-08`\n',
    );
    expect(out).toContain('<h2 id="기능-132-137">기능 (<span class="nobreak">1.32-1.37</span>)</h2>');
    expect(out).toContain('<td><span class="nobreak">2026-08-26</span>에</td>');
    expect(out).toContain(
      '<p><span class="nobreak">CVE-2026-33634</span>, <span class="nobreak">19-23</span>일, GHSA-69fq-xp46-6x23, <code>2026-12-08</code></p>',
    );
  });

  it('includes a course sample with its file name as the default title', async () => {
    const out = await html('```yaml check="good" sample="pod-nginx-unprivileged"\n```\n');
    expect(out).toContain('data-title="secure-app.yaml"');
    expect(out).toContain('data-check="good"');
    expect(out).toContain('nginxinc/nginx-unprivileged:1.30.1-alpine');
    expect(out.replace(/<[^>]+>/g, '')).toContain(podNginxUnprivileged.text.split('\n')[1]!.replace(/"/g, '&quot;'));
  });

  it('hands a named block to <Show> with its code, language and title', async () => {
    const out = await html(
      '<Slide>\n\n<Show block="run" lines="2-2" highlight="2" />\n\n</Slide>\n\n```bash title="실행" name="run"\necho one\necho two\n```\n',
    );
    const props = JSON.parse(/data-props="([^"]*)"/.exec(out)![1]!.replace(/&quot;/g, '"'));
    expect(props).toEqual({ block: 'run', lines: '2-2', highlight: '2', code: 'echo one\necho two', lang: 'bash', title: '실행' });
  });

  const failures: [string, string, RegExp][] = [
    ['a sample fence with a body', '```yaml sample="audit-policy"\nkind: Policy\n```\n', /x\.mdx:11: a sample="audit-policy" block has no body of its own/],
    ['an unknown sample', '```yaml sample="nope"\n```\n', /x\.mdx:11: sample="nope" is not a sample of content\/samples/],
    ['a sample in the wrong language', '```dockerfile sample="audit-policy"\n```\n', /x\.mdx:11: sample="audit-policy" is yaml, not dockerfile/],
    ['two blocks with one name', '```bash name="a"\nx\n```\n\n```bash name="a"\ny\n```\n', /x\.mdx:15: two blocks are named "a" \(the other is at x\.mdx:11\)/],
    ['<Show> outside a <Slide>', '<Show block="a" />\n\n```bash name="a"\nx\n```\n', /x\.mdx:11: <Show> belongs inside a <Slide>/],
    [
      '<Show> of an unknown block',
      '<Slide>\n\n<Show block="b" />\n\n</Slide>\n\n```bash name="a"\nx\n```\n',
      /x\.mdx:13: <Show block="b">: no code block in this file is named "b" \(known: a\)/,
    ],
    [
      'lines past the end',
      '<Slide>\n\n<Show block="a" lines="1-3" />\n\n</Slide>\n\n```bash name="a"\nx\n```\n',
      /x\.mdx:13: <Show block="a">: lines="1-3" goes past the block's last line \(1\)/,
    ],
    [
      'a highlight outside the excerpt',
      '<Slide>\n\n<Show block="a" lines="2-3" highlight="1" />\n\n</Slide>\n\n```bash name="a"\nx\ny\nz\n```\n',
      /highlight="1" marks line 1, which lines="2-3" does not show/,
    ],
    ['a nested <Slide>', '<Callout>\n<Slide>x</Slide>\n</Callout>\n', /x\.mdx:12: <Slide> must stand at the top level/],
  ];
  for (const [name, source, message] of failures) {
    it(`fails the build on ${name}, naming file and line`, async () => {
      await expect(compile(source)).rejects.toThrow(message);
    });
  }
});
