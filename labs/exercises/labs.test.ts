import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeLab, matchLabFiles } from './grade';
import { getLab, labs, loadSolutions } from './index';
import type { LabMeta } from './types';

const IDS = [
  'dockerfile-nonroot',
  'dockerfile-secrets',
  'dockerfile-base-image',
  'docker-run-flags',
  'pod-security-context',
  'pss-restricted-pod',
  'namespace-pss-labels',
  'deployment-repair',
  'secret-to-eso',
  'networkpolicy',
  'rbac-least-privilege',
  'ci-trivy-workflow',
  'audit-policy',
  'capstone',
];

describe('lab registry', () => {
  it('has the 14 labs of the issue, each once', () => {
    expect([...labs.map((l) => l.id)].sort()).toEqual([...IDS].sort());
    expect(getLab('capstone')?.title).toBe('종합: High 8건 모두 고치기');
    expect(getLab('nope')).toBeUndefined();
  });

  it.each(IDS)('%s: folder, instructions, unique objective ids, hints, loadable solutions', async (id) => {
    const lab = getLab(id)!;
    const dir = path.join(process.cwd(), 'labs', 'exercises', id);
    const mdx = fs.readFileSync(path.join(dir, 'instructions.mdx'), 'utf8');
    expect(mdx).not.toMatch(/^\s*(import|export)\s/m);
    expect(new Set(lab.objectives.map((o) => o.id)).size).toBe(lab.objectives.length);
    for (const o of lab.objectives) expect(o.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(lab.hints.length).toBeGreaterThanOrEqual(2);
    const s = await loadSolutions(id);
    expect(Object.keys(s.reference).sort()).toEqual(lab.files.map((f) => f.name).sort());
    expect(s.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(s.bypasses.length).toBeGreaterThanOrEqual(2);
    const graded = gradeLab(
      lab,
      Object.entries(s.reference).map(([name, text]) => ({ name, text })),
    );
    for (const o of graded.objectives) expect(o.reason, `${o.id} passes with a reason`).toMatch(/\S/);
  });

  it('rejects an unknown id when loading solutions', async () => {
    await expect(loadSolutions('nope')).rejects.toThrow('알 수 없는 실습입니다: nope');
  });
});

const twoFiles: LabMeta = {
  id: 'two',
  title: 't',
  summary: '',
  files: [
    { name: 'Dockerfile', language: 'dockerfile', starter: '' },
    { name: 'deployment.yaml', language: 'yaml', starter: '' },
  ],
  objectives: [
    {
      id: 'throws',
      title: '던지는 검사',
      rules: ['docker/user-root'],
      section: 'hands-on#s',
      check: () => {
        throw new Error('boom');
      },
    },
    {
      id: 'sees-files',
      title: '파일',
      check: (ctx) => ({
        pass:
          ctx.text('Dockerfile') === 'FROM alpine:3.22\n' && ctx.objects('deployment.yaml').length === 1 && ctx.dockerfile('Dockerfile')?.stages.length === 1,
        reason: 'ok',
      }),
    },
  ],
  hints: [],
};

describe('gradeLab', () => {
  it('turns a throwing objective into a failure with a Korean reason and keeps rules/section', () => {
    const r = gradeLab(twoFiles, [
      { name: 'x/Dockerfile', text: 'FROM alpine:3.22\n' },
      { name: 'deployment.yaml', text: 'apiVersion: v1\nkind: Pod\n' },
    ]);
    expect(r.complete).toBe(false);
    expect(r.objectives[0]).toEqual({
      id: 'throws',
      title: '던지는 검사',
      pass: false,
      reason: '채점 중 오류가 났습니다: boom',
      rules: ['docker/user-root'],
      section: 'hands-on#s',
    });
    expect(r.objectives[1]).toMatchObject({ id: 'sees-files', pass: true });
    expect(r.result.results.map((f) => f.file)).toEqual(['Dockerfile', 'deployment.yaml']);
  });

  it('grades a missing file as empty', () => {
    const r = gradeLab(getLab('capstone')!, [{ name: 'Dockerfile', text: 'FROM alpine:3.22\n' }]);
    expect(r.objectives.find((o) => o.id === 'image-tag')).toMatchObject({
      pass: false,
      reason: 'deployment.yaml이(가) 비어 있습니다.',
      file: 'deployment.yaml',
    });
  });
});

describe('matchLabFiles', () => {
  const one = getLab('dockerfile-nonroot')!;
  it('gives a one-file lab any one file, under the lab file name', () => {
    expect(matchLabFiles(one, [{ name: 'submissions/kim.txt', text: 'FROM x' }])).toEqual({
      ok: true,
      files: [{ name: 'Dockerfile', text: 'FROM x' }],
      given: ['submissions/kim.txt'],
    });
    expect(
      matchLabFiles(one, [
        { name: 'a', text: '' },
        { name: 'b', text: '' },
      ]),
    ).toEqual({ ok: false, error: '실습 dockerfile-nonroot은(는) 파일 하나(Dockerfile)만 받습니다. 파일 2개를 받았습니다.' });
  });
  it('matches several files by base name, in the lab order', () => {
    expect(
      matchLabFiles(twoFiles, [
        { name: 'k/deployment.yaml', text: 'b' },
        { name: 'Dockerfile', text: 'a' },
      ]),
    ).toEqual({
      ok: true,
      files: [
        { name: 'Dockerfile', text: 'a' },
        { name: 'deployment.yaml', text: 'b' },
      ],
      given: ['Dockerfile', 'k/deployment.yaml'],
    });
  });
  it('grades an optional file left out as empty, as Docker reads a missing .dockerignore', () => {
    const lab = getLab('dockerfile-base-image')!;
    expect(lab.files.map((file) => [file.name, file.optional ?? false])).toEqual([
      ['Dockerfile', false],
      ['.dockerignore', true],
    ]);
    expect(matchLabFiles(lab, [{ name: 'app/Dockerfile', text: 'FROM x' }])).toEqual({
      ok: true,
      files: [
        { name: 'Dockerfile', text: 'FROM x' },
        { name: '.dockerignore', text: '' },
      ],
      given: ['app/Dockerfile', '.dockerignore'],
    });
    expect(matchLabFiles(lab, [{ name: '.dockerignore', text: '.env' }])).toEqual({
      ok: false,
      error: '필요한 파일이 없습니다: Dockerfile (실습 dockerfile-base-image의 파일: Dockerfile, .dockerignore)',
    });
  });
  it('explains missing, unknown and duplicate files', () => {
    expect(matchLabFiles(twoFiles, [{ name: 'Dockerfile', text: '' }])).toEqual({
      ok: false,
      error: '필요한 파일이 없습니다: deployment.yaml (실습 two의 파일: Dockerfile, deployment.yaml)',
    });
    expect(matchLabFiles(twoFiles, [{ name: 'pod.yaml', text: '' }])).toEqual({
      ok: false,
      error: 'pod.yaml: 실습 two에 없는 파일입니다 (필요한 파일: Dockerfile, deployment.yaml)',
    });
    expect(
      matchLabFiles(twoFiles, [
        { name: 'a/Dockerfile', text: '' },
        { name: 'b/Dockerfile', text: '' },
      ]),
    ).toEqual({ ok: false, error: 'Dockerfile: 같은 이름의 파일을 두 번 받았습니다 (a/Dockerfile, b/Dockerfile)' });
    expect(matchLabFiles(twoFiles, [])).toEqual({ ok: false, error: '채점할 파일을 주세요 (이 실습의 파일: Dockerfile, deployment.yaml)' });
  });
});

describe('objectives on hostile input', () => {
  /** Wrong types, truncations and odd documents derived from each lab's files: no objective may throw. */
  function variants(text: string): string[] {
    const lines = text.split('\n');
    return [
      '',
      '\u0000\u0001',
      'a: [',
      '- 1\n- 2\n',
      'kind: Pod\nspec: 5\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: [1]}\nspec: {containers: [null, 1, {name: 2, image: 3, securityContext: "x", volumeMounts: 4, env: [{name: DB_PASSWORD, valueFrom: 1}]}], volumes: [null]}\n',
      'on: 1\njobs: {a: {steps: [null, {uses: 5, with: [1]}, {uses: "aquasecurity/trivy-action@x", with: {image-ref: 1}}]}}\n',
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [null, {level: 5, resources: 1}, {users: "x"}]\n',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x, namespace: production}\nspec: {podSelector: 1, ingress: [{from: 1, ports: [{port: "x"}]}]}\n',
      'docker run -- -p\n',
      'FROM\nUSER\nCMD\nCOPY --from= a\nRUN npm ci --omit\n',
      ...lines.map((_, i) => lines.slice(0, i).join('\n')),
      text.replace(/true/g, '"yes"').replace(/\d+/g, '"n"'),
      text.replace(/:\s*$/gm, ': []'),
    ];
  }

  it.each(IDS)('%s: never throws', (id) => {
    const lab = getLab(id)!;
    for (const f of lab.files) {
      for (const v of variants(f.starter)) {
        const files = lab.files.map((g) => ({ name: g.name, text: g.name === f.name ? v : g.starter }));
        const r = gradeLab(lab, files);
        for (const o of r.objectives) expect(o.reason, `${o.id} on ${JSON.stringify(v.slice(0, 60))}`).not.toMatch(/^채점 중 오류가 났습니다/);
      }
    }
  });
});
