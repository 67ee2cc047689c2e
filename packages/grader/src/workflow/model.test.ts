import { describe, expect, it } from 'vitest';
import { parseUses, parseWorkflows } from './model';

describe('workflow model', () => {
  it('reads triggers in string, list and map form, jobs, steps and inputs with positions', () => {
    const { workflows, findings } = parseWorkflows(
      'ci.yml',
      'on:\n  push: {branches: [main]}\n  pull_request_target:\npermissions: {}\njobs:\n  test:\n    permissions: {contents: read}\n    steps:\n      - name: t\n        uses: a/b@v1\n        with: {n: 1, ok: true, list: [1]}\n      - run: make\n      - 5\n  call:\n    uses: o/r/.github/workflows/w.yml@main\n  bad: 3\n',
    );
    expect(findings).toEqual([]);
    const wf = workflows[0]!;
    expect(wf.triggers).toEqual(['push', 'pull_request_target']);
    expect(wf.hasPermissions).toBe(true);
    expect(wf.jobs.map((j) => [j.id, j.hasPermissions, j.uses, j.steps.length])).toEqual([
      ['test', true, undefined, 2],
      ['call', false, 'o/r/.github/workflows/w.yml@main', 0],
    ]);
    expect(wf.jobs[0]!.steps[0]).toEqual({ index: 0, path: ['jobs', 'test', 'steps', 0], name: 't', uses: 'a/b@v1', with: { n: '1', ok: 'true' } });
    expect(wf.jobs[0]!.steps[1]).toEqual({ index: 1, path: ['jobs', 'test', 'steps', 1], run: 'make', with: {} });
    expect(wf.obj.range([...wf.jobs[0]!.steps[0]!.path, 'uses'])).toEqual({ line: 10, column: 15, endLine: 10, endColumn: 21 });
    expect(parseWorkflows('a.yml', 'on: push\njobs: {}\n').workflows[0]!.triggers).toEqual(['push']);
    expect(parseWorkflows('a.yml', 'on: [push, 3]\njobs: {}\n').workflows[0]!.triggers).toEqual(['push']);
  });
  it('skips documents that are not workflows and reports parse problems', () => {
    expect(parseWorkflows('a.yml', 'apiVersion: v1\nkind: Pod\non: x\njobs: {}\n---\njobs: {}\n').workflows).toEqual([]);
    expect(parseWorkflows('a.yml', 'on: [\n').findings.map((f) => f.ruleId)).toEqual(['parse/yaml-syntax']);
  });
  it('classifies uses values', () => {
    expect(parseUses('./local')).toEqual({ kind: 'local', path: './local' });
    expect(parseUses('docker://alpine:3')).toEqual({ kind: 'docker', image: 'alpine:3', pinned: false });
    expect(parseUses(`docker://alpine@sha256:${'0'.repeat(64)}`)).toMatchObject({ kind: 'docker', pinned: true });
    expect(parseUses('actions/checkout@v4')).toEqual({ kind: 'action', owner: 'actions', repo: 'checkout', path: '', ref: 'v4', pinned: false });
    expect(parseUses(`github/codeql-action/upload-sarif@${'A1'.repeat(20)}`)).toEqual({
      kind: 'action',
      owner: 'github',
      repo: 'codeql-action',
      path: 'upload-sarif',
      ref: 'A1'.repeat(20),
      pinned: true,
    });
    expect(parseUses('owner/repo')).toMatchObject({ ref: '', pinned: false });
  });
});
