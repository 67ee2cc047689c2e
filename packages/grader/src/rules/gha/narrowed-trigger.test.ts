import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { GOOD_WORKFLOW, workflowYaml } from '../_shared/workflow-examples';
import { ghaNarrowedTrigger } from './narrowed-trigger';

const run = (text: string) => runRules([ghaNarrowedTrigger], text, { allDocs: true });
/** The corrected course workflow with its `on: [push, pull_request]` line replaced (`on` starts on line 2). */
const withOn = (on: string) => GOOD_WORKFLOW.replace('on: [push, pull_request]\n', on);
const TAIL = '이미지에 들어가는 파일이 바뀌는 모든 변경을 스캔해야 합니다.';

describe('gha/narrowed-trigger', () => {
  it('stays silent on triggers every change meets', () => {
    for (const on of [
      'on: [push, pull_request]\n',
      'on: push\n',
      'on:\n  push:\n  pull_request:\n',
      "on:\n  push:\n    branches: ['**']\n  pull_request:\n    types: [opened, synchronize, reopened, ready_for_review]\n",
      "on:\n  push:\n    paths-ignore: ['docs/**', '**.md']\n  pull_request:\n    paths-ignore: ['docs/**']\n",
      'on:\n  workflow_dispatch:\n  push:\n    tags-ignore: [nightly]\n    branches: [main, "release/**"]\n  pull_request: {}\n',
      // a repository whose default branch is master
      'on:\n  push:\n    branches: [master]\n  pull_request:\n    branches: [master]\n',
      "on:\n  push:\n    paths: ['**']\n",
    ]) {
      expect(run(withOn(on)), on).toEqual([]);
    }
  });

  it('leaves workflows without a trivy-action scan alone', () => {
    const text = workflowYaml('      - run: npm test\n', '\n  push:\n    paths: [src/**]');
    expect(run(text)).toEqual([]);
  });

  it('points at a paths filter that leaves out a file the image is built from', () => {
    const f = run(withOn('on:\n  push:\n    paths: [Dockerfile]\n  pull_request:\n    paths: [Dockerfile]\n'));
    expect(f.map(at)).toEqual(['gha/narrowed-trigger@4:5-4:10', 'gha/narrowed-trigger@6:5-6:10']);
    expect(f.map((x) => x.message)).toEqual([
      `main 브랜치로 push: paths 필터에 없는 package.json 하나만 바꾸면 실행되지 않습니다. ${TAIL}`,
      `main으로 여는 pull request: paths 필터에 없는 package.json 하나만 바꾸면 실행되지 않습니다. ${TAIL}`,
    ]);
    expect(f[0]!.messageEn).toBe(
      'a push to main: a change to just package.json, which the paths filter leaves out, does not start the scan. Every change to the files the image is built from must be scanned.',
    );
    expect(f[0]!.severity).toBe('warning');
  });

  it('points at paths-ignore that drops source files', () => {
    const f = run(withOn("on:\n  push:\n    paths-ignore: ['**.js']\n  pull_request:\n"));
    expect(f.map(at)).toEqual(['gha/narrowed-trigger@4:5-4:17']);
    expect(f[0]!.message).toBe(`main 브랜치로 push: paths-ignore가 빼는 server.js 하나만 바꾸면 실행되지 않습니다. ${TAIL}`);
  });

  it('points at branch filters, tags-only pushes and pull request types', () => {
    const ignore = run(withOn('on:\n  push:\n    branches-ignore: [main]\n  pull_request:\n    branches-ignore: [main]\n'));
    expect(ignore.map(at)).toEqual(['gha/narrowed-trigger@4:5-4:20', 'gha/narrowed-trigger@6:5-6:20']);
    expect(ignore[0]!.message).toBe(`main 브랜치로 push: branches-ignore가 main 브랜치를 빼서 실행되지 않습니다. ${TAIL}`);

    const release = run(withOn("on:\n  push:\n    tags: ['v*']\n    branches: ['release/**']\n"));
    expect(release.map(at)).toEqual(['gha/narrowed-trigger@5:5-5:13']);
    expect(release[0]!.message).toBe(`main 브랜치로 push: branches 필터에 main 브랜치가 없어 실행되지 않습니다. ${TAIL}`);

    const tags = run(withOn("on:\n  push:\n    tags: ['v*']\n  pull_request:\n"));
    expect(tags.map(at)).toEqual(['gha/narrowed-trigger@4:5-4:9']);
    expect(tags[0]!.message).toBe(`main 브랜치로 push: push에 tags 필터만 있어 브랜치 push에서는 실행되지 않습니다. ${TAIL}`);

    const types = run(withOn('on:\n  pull_request:\n    types: [opened]\n  push:\n'));
    expect(types.map(at)).toEqual(['gha/narrowed-trigger@4:5-4:10']);
    expect(types[0]!.message).toBe(`pull request에 올린 새 커밋: types에 synchronize 유형이 없어 PR에 새 커밋을 올려도 실행되지 않습니다. ${TAIL}`);
  });

  it('reports each filter once, in the order the runner reads them', () => {
    const f = run(withOn('on:\n  push:\n    branches: [develop]\n    paths: [Dockerfile]\n'));
    expect(f.map((x) => `${at(x)} ${x.messageId}`)).toEqual(['gha/narrowed-trigger@4:5-4:13 branches', 'gha/narrowed-trigger@5:5-5:10 paths']);
  });
});
