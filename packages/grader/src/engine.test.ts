import { describe, expect, it } from 'vitest';
import { detectLanguage, isGradableName, sniffLanguage } from './detect';
import { grade, gradeWith, isValidRange, normalizeOptions, yamlTarget } from './engine';
import { parseRuleMetas } from './rules/parse/index';
import { allMetas, ruleMeta } from './registry';
import type { DockerfileRule, YamlInput, YamlRule } from './rule';
import { matchesPattern, parseIgnoreComment, scanIgnores } from './select';
import type { Finding, RuleContext, RuleMeta } from './types';
import { getIn } from './yaml/document';

const meta = <T extends RuleMeta['target']>(id: string, target: T, severity: RuleMeta['severity'] = 'error') =>
  ({
    id,
    severity,
    target,
    title: { ko: id, en: id },
    why: { ko: '이유', en: 'why' },
    fix: { ko: '수정', en: 'fix' },
    messages: { say: { ko: '{{text}}', en: '{{text}}' } },
    examples: { good: [], bad: [] },
  }) as RuleMeta & { target: T };

/** Reports every line of a Dockerfile that matches `re`, over the matched text. */
function lineRule(id: string, re: RegExp, severity: RuleMeta['severity'] = 'error'): DockerfileRule {
  return {
    meta: meta(id, 'dockerfile', severity),
    check(df, ctx) {
      df.text.split(/\r\n|\r|\n/).forEach((line, i) => {
        const m = re.exec(line);
        if (m)
          ctx.report({
            messageId: 'say',
            data: { text: { ko: `${id} 발견`, en: `${id} found` } },
            range: { line: i + 1, column: m.index + 1, endLine: i + 1, endColumn: m.index + 1 + m[0].length },
          });
      });
    },
  };
}

/** Reports the value of `path` in every Kubernetes object that has it. */
function pathRule(id: string, path: (string | number)[], target: 'kubernetes' | 'workflow' = 'kubernetes'): YamlRule {
  return {
    meta: meta(id, target),
    check(obj, ctx) {
      if (obj.has(path)) ctx.report({ messageId: 'say', data: { text: `${id}: ${String(getIn(obj.value, path))}` }, range: obj.range(path) });
    },
  };
}

const at = (f: Finding) =>
  `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}${f.suppressed ? `[${f.suppressed.kind}${f.suppressed.line ? `:${f.suppressed.line}` : ''}]` : ''}`;
const list = (rules: Parameters<typeof gradeWith>[0], files: { name: string; text: string }[], options = {}) =>
  gradeWith(rules, files, options).results.map((r) => r.findings.map(at));

describe('detect', () => {
  it('picks the language from the base name', () => {
    expect(detectLanguage('Dockerfile', '')).toBe('dockerfile');
    expect(detectLanguage('app/Dockerfile.prod', '')).toBe('dockerfile');
    expect(detectLanguage('build\\api.Dockerfile', '')).toBe('dockerfile');
    expect(detectLanguage('web.DOCKERFILE', '')).toBe('dockerfile');
    expect(detectLanguage('k8s/pod.yaml', 'FROM x')).toBe('yaml');
    expect(detectLanguage('ci.YML', '')).toBe('yaml');
    expect(detectLanguage('run.sh', 'FROM x')).toBe('shell');
  });
  it('sniffs content for stdin and unknown names', () => {
    expect(detectLanguage('-', '# syntax=docker/dockerfile:1\n\nFROM alpine\n')).toBe('dockerfile');
    expect(detectLanguage('-', '\uFEFFARG V=1\nFROM alpine:$V\n')).toBe('dockerfile');
    expect(detectLanguage('notes.txt', 'from: here\n')).toBe('yaml');
    expect(detectLanguage('-', 'apiVersion: v1\nkind: Pod\n')).toBe('yaml');
    expect(sniffLanguage('')).toBe('yaml');
    expect(sniffLanguage('  # only a comment\n')).toBe('yaml');
  });
  it('walks only Dockerfiles and YAML', () => {
    expect(['Dockerfile', 'a.yaml', 'b.yml', 'x.Dockerfile', 'run.sh', 'README.md', 'Dockerfile.dev'].filter(isGradableName)).toEqual([
      'Dockerfile',
      'a.yaml',
      'b.yml',
      'x.Dockerfile',
      'Dockerfile.dev',
    ]);
  });
});

describe('patterns and ignore comments', () => {
  it('matches globs on whole ids', () => {
    expect(matchesPattern('pss/runAsNonRoot', 'pss/*')).toBe(true);
    expect(matchesPattern('pss/runAsNonRoot', '*')).toBe(true);
    expect(matchesPattern('k8s/image-tag', '*/image-tag')).toBe(true);
    expect(matchesPattern('docker/image-tag', 'docker/image')).toBe(false);
    expect(matchesPattern('docker/user-root', 'docker.user-root')).toBe(false);
  });
  it('parses patterns and the reason', () => {
    expect(parseIgnoreComment('  # w7-ignore docker/user-root, k8s/*  -- 디버그용 이미지')).toEqual({
      fileWide: false,
      patterns: ['docker/user-root', 'k8s/*'],
      reason: '디버그용 이미지',
    });
    expect(parseIgnoreComment('#w7-ignore-file pss/*')).toEqual({ fileWide: true, patterns: ['pss/*'] });
    expect(parseIgnoreComment('# w7-ignored docker/*')).toBeNull();
    expect(parseIgnoreComment('RUN echo # w7-ignore docker/*')).toBeNull();
  });
  it('finds the span of a YAML node', () => {
    const text = [
      'spec:',
      '  containers:',
      '  # w7-ignore k8s/*',
      '  - name: a',
      '    image: x',
      '',
      '    # note',
      '    env: []',
      '  - name: b',
      'status: {}',
    ].join('\n');
    const [d] = scanIgnores(text, 'yaml');
    expect([d!.line, d!.fromLine, d!.toLine]).toEqual([3, 4, 8]);
    const compact = ['# w7-ignore k8s/*', 'containers:', '- name: a', '  image: x', 'other: 1'].join('\n');
    expect(scanIgnores(compact, 'yaml').map((x) => [x.fromLine, x.toLine])).toEqual([[2, 4]]);
    const docs = ['# w7-ignore k8s/*', 'kind: Pod', '---', 'kind: Pod'].join('\n');
    expect(scanIgnores(docs, 'yaml').map((x) => [x.fromLine, x.toLine])).toEqual([[2, 2]]);
  });
});

describe('grade', () => {
  const userRoot = lineRule('docker/user-root', /USER root/);
  const curl = lineRule('docker/curl-pipe-shell', /curl \S+ \| sh/, 'warning');

  it('reports rule findings with positions, sorted by line, column and rule id', () => {
    const rules = [curl, userRoot, lineRule('docker/sudo', /USER/)];
    const res = gradeWith(rules, [{ name: 'Dockerfile', text: 'FROM alpine:3.22\nRUN curl x | sh\nUSER root\n' }]);
    expect(res.version).toBe(1);
    expect(res.results[0]!.language).toBe('dockerfile');
    expect(res.results[0]!.findings).toEqual([
      {
        ruleId: 'docker/curl-pipe-shell',
        severity: 'warning',
        messageId: 'say',
        message: 'docker/curl-pipe-shell 발견',
        messageEn: 'docker/curl-pipe-shell found',
        line: 2,
        column: 5,
        endLine: 2,
        endColumn: 16,
      },
      {
        ruleId: 'docker/sudo',
        severity: 'error',
        messageId: 'say',
        message: 'docker/sudo 발견',
        messageEn: 'docker/sudo found',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 5,
      },
      {
        ruleId: 'docker/user-root',
        severity: 'error',
        messageId: 'say',
        message: 'docker/user-root 발견',
        messageEn: 'docker/user-root found',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 10,
      },
    ]);
  });

  it('turns a throwing rule into internal/rule-error at 1:1 naming the rule, and keeps the other rules', () => {
    const boom: DockerfileRule = {
      meta: meta('docker/sudo', 'dockerfile'),
      check() {
        throw new TypeError('Cannot read properties of undefined');
      },
    };
    const res = gradeWith([boom, userRoot], [{ name: 'Dockerfile', text: 'FROM a\nUSER root\n' }]);
    expect(res.results[0]!.findings.map(at)).toEqual(['internal/rule-error@1:1-1:2', 'docker/user-root@2:1-2:10']);
    expect(res.results[0]!.findings[0]!.message).toContain('docker/sudo');
    expect(res.results[0]!.findings[0]!.messageEn).toBe('Rule docker/sudo failed: TypeError: Cannot read properties of undefined');
  });

  it('rejects impossible ranges from a rule', () => {
    const bad: DockerfileRule = {
      meta: meta('docker/sudo', 'dockerfile'),
      check(_df, ctx) {
        ctx.report({ messageId: 'say', data: { text: '밖' }, range: { line: 9, column: 1, endLine: 9, endColumn: 2 } });
        ctx.report({ messageId: 'say', data: { text: '거꾸로' }, range: { line: 2, column: 5, endLine: 1, endColumn: 1 } });
        ctx.report({ messageId: 'say', data: { text: 'eof' }, range: { line: 3, column: 1, endLine: 3, endColumn: 1 } });
      },
    };
    const f = gradeWith([bad], [{ name: 'Dockerfile', text: 'FROM a\nUSER root\n' }]).results[0]!.findings;
    expect(f.map(at)).toEqual(['internal/rule-error@1:1-1:2', 'internal/rule-error@1:1-1:2', 'docker/sudo@3:1-3:1']);
    expect(f[0]!.message).toBe('규칙 docker/sudo이(가) 잘못된 위치(2:5-1:1)를 보고했습니다. 원래 메시지: 거꾸로');
  });

  it('lets a report override the default severity and never lets options be changed', () => {
    let seen: RuleContext['options'] | null = null;
    const r: DockerfileRule = {
      meta: meta('docker/sudo', 'dockerfile'),
      check(_df, ctx) {
        seen = ctx.options;
        ctx.report({ messageId: 'say', data: { text: 'info' }, severity: 'info', range: { line: 1, column: 1, endLine: 1, endColumn: 5 } });
      },
    };
    const res = gradeWith([r], [{ name: 'Dockerfile', text: 'FROM a\n' }], { today: '2026-01-02' });
    expect(res.results[0]!.findings[0]!.severity).toBe('info');
    expect(seen).toEqual({ pssLevel: 'restricted', pssVersion: 'latest', today: '2026-01-02' });
    expect(Object.isFrozen(seen)).toBe(true);
  });

  it('deduplicates identical findings', () => {
    const twice: DockerfileRule = {
      meta: meta('docker/sudo', 'dockerfile'),
      check(_df, ctx) {
        for (let i = 0; i < 3; i++) ctx.report({ messageId: 'say', data: { text: 'x' }, range: { line: 1, column: 1, endLine: 1, endColumn: 5 } });
      },
    };
    expect(list([twice], [{ name: 'Dockerfile', text: 'FROM a\n' }])).toEqual([['docker/sudo@1:1-1:5']]);
  });

  it('routes Kubernetes objects and workflows to their rules and shows every YAML object to every rule', () => {
    const inputs: YamlInput[] = [];
    const k8s: YamlRule = {
      meta: meta('k8s/image-tag', 'kubernetes'),
      check(obj, ctx, input) {
        inputs.push(input);
        ctx.report({ messageId: 'say', data: { text: `k8s ${obj.kind ?? '?'}` }, range: obj.keyRange(['kind']) });
      },
    };
    const wf = pathRule('gha/permissions', ['jobs'], 'workflow');
    const res = gradeWith(
      [k8s, wf],
      [
        { name: 'ns.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' },
        { name: 'app.yml', text: 'apiVersion: v1\nkind: Pod\n---\nkind: Service\n---\njust: data\n' },
        { name: '.github/workflows/ci.yml', text: 'on: push\njobs:\n  build: {}\n' },
      ],
    );
    expect(res.results.map((r) => r.findings.map(at))).toEqual([
      ['k8s/image-tag@2:1-2:5'],
      ['k8s/image-tag@2:1-2:5', 'k8s/image-tag@4:1-4:5'],
      ['gha/permissions@3:3-4:1'],
    ]);
    expect(inputs).toHaveLength(3);
    expect(inputs[0]!.objects.map((o) => `${o.file}#${o.docIndex}`)).toEqual([
      'ns.yaml#0',
      'app.yml#0',
      'app.yml#1',
      'app.yml#2',
      '.github/workflows/ci.yml#0',
    ]);
    expect(yamlTarget({ kind: 'Pod' })).toBe('kubernetes');
    expect(yamlTarget({ on: 'push', jobs: {} })).toBe('workflow');
    expect(yamlTarget(['a'])).toBeNull();
  });

  it('reports empty and whitespace-only files as parse/empty at 1:1 and runs no rule on them', () => {
    const res = gradeWith(
      [userRoot],
      [
        { name: 'Dockerfile', text: '' },
        { name: 'pod.yaml', text: ' \n\t\n' },
        { name: '-', text: '\uFEFF' },
      ],
    );
    expect(res.results.map((r) => [r.language, r.findings.map(at), r.findings[0]!.severity])).toEqual([
      ['dockerfile', ['parse/empty@1:1-1:2'], 'info'],
      ['yaml', ['parse/empty@1:1-1:2'], 'info'],
      ['yaml', ['parse/empty@1:1-1:2'], 'info'],
    ]);
  });

  it('takes an empty .dockerignore as a valid one: no parse/empty', () => {
    const res = gradeWith([userRoot], [{ name: '.dockerignore', text: '\n' }]);
    expect(res.results).toEqual([{ file: '.dockerignore', language: 'ignore', findings: [] }]);
  });

  it('keeps shell files as their own language without rules', () => {
    const res = gradeWith([userRoot], [{ name: 'entry.sh', text: 'USER root\n' }]);
    expect(res.results).toEqual([{ file: 'entry.sh', language: 'shell', findings: [] }]);
  });

  it('keeps positions right with a BOM and CRLF line ends', () => {
    const text = '\uFEFFFROM a\r\nRUN x\r\nUSER root\r\n';
    expect(list([userRoot], [{ name: 'Dockerfile', text }])).toEqual([['docker/user-root@3:1-3:10']]);
    const yaml = '\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\n';
    expect(list([pathRule('k8s/image-tag', ['metadata', 'name'])], [{ name: 'p.yaml', text: yaml }])).toEqual([['k8s/image-tag@4:9-4:12']]);
  });

  it('runs only the rules matched by options.rules, but always reports parse problems', () => {
    const files = [
      { name: 'Dockerfile', text: 'FROM a\nRUN curl x | sh\nUSER root\n' },
      { name: 'bad.yaml', text: 'a: [\n' },
    ];
    expect(list([userRoot, curl], files, { rules: ['docker/curl-*'] })).toEqual([['docker/curl-pipe-shell@2:5-2:16'], ['parse/yaml-syntax@2:1-2:2']]);
    expect(list([userRoot, curl], files, { rules: ['k8s/*'] })[0]).toEqual([]);
  });

  it('keeps findings ignored by options, marked suppressed', () => {
    const res = gradeWith([userRoot, curl], [{ name: 'Dockerfile', text: 'FROM a\nRUN curl x | sh\nUSER root\n' }], { ignore: ['docker/user-*'] });
    expect(res.results[0]!.findings.map(at)).toEqual(['docker/curl-pipe-shell@2:5-2:16', 'docker/user-root@3:1-3:10[option]']);
  });

  it('applies inline ignores to the next non-blank, non-comment line only', () => {
    const text = ['FROM a', '# w7-ignore docker/user-root -- 빌드 단계만', '', '# 설명', 'USER root', 'USER root', 'RUN curl x | sh'].join('\n');
    expect(list([userRoot, curl], [{ name: 'Dockerfile', text }])).toEqual([
      ['docker/user-root@5:1-5:10[inline:2]', 'docker/user-root@6:1-6:10', 'docker/curl-pipe-shell@7:5-7:16'],
    ]);
  });

  it('applies w7-ignore-file to the whole file', () => {
    const text = 'FROM a\nUSER root\nRUN curl x | sh\n# w7-ignore-file docker/curl-pipe-shell docker/user-root\n';
    expect(list([userRoot, curl], [{ name: 'Dockerfile', text }])).toEqual([
      ['docker/user-root@2:1-2:10[inline:4]', 'docker/curl-pipe-shell@3:5-3:16[inline:4]'],
    ]);
  });

  it('applies a YAML inline ignore to the node that begins on the next line', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    # w7-ignore k8s/*',
      '    - name: a',
      '      image: nginx',
      '    - name: b',
      '      image: redis',
    ].join('\n');
    const rules = [pathRule('k8s/image-tag', ['spec', 'containers', 0, 'image']), pathRule('k8s/resources', ['spec', 'containers', 1, 'image'])];
    expect(list(rules, [{ name: 'pod.yaml', text }])).toEqual([['k8s/image-tag@7:14-7:19[inline:5]', 'k8s/resources@9:14-9:19']]);
  });

  it('reports ignore comments without ids or with unknown ids, and still honours the valid ones', () => {
    const text = 'FROM a\n# w7-ignore\nUSER root\n# w7-ignore docker/nope docker/user-root\nUSER root\n';
    const f = gradeWith([userRoot], [{ name: 'Dockerfile', text }]).results[0]!.findings;
    expect(f.map(at)).toEqual([
      'internal/ignore-comment@2:1-2:12',
      'docker/user-root@3:1-3:10',
      'internal/ignore-comment@4:1-4:41',
      'docker/user-root@5:1-5:10[inline:4]',
    ]);
    expect(f[0]!.severity).toBe('warning');
    expect(f[2]!.message).toContain('docker/nope');
  });

  it('never throws on malformed calls', () => {
    const odd = [{ name: undefined, text: 42 }, null] as unknown as { name: string; text: string }[];
    const res = gradeWith([userRoot], odd);
    expect(res.results.map((r) => [r.file, r.findings.map((x) => x.ruleId)])).toEqual([
      ['-', ['parse/empty']],
      ['-', ['parse/empty']],
    ]);
    expect(gradeWith([userRoot], null as unknown as []).results).toEqual([]);
  });

  it('falls back to defaults for options of the wrong shape', () => {
    expect(
      normalizeOptions({ pssLevel: 'strict' as 'baseline', pssVersion: '1.30', today: 'yesterday', rules: [], ignore: ['a', 3 as unknown as string] }),
    ).toEqual({
      pssLevel: 'restricted',
      pssVersion: 'latest',
      today: new Date().toISOString().slice(0, 10),
      ignore: ['a'],
    });
  });

  it('validates ranges against the line count', () => {
    expect(isValidRange({ line: 1, column: 1, endLine: 1, endColumn: 1 }, 1)).toBe(true);
    expect(isValidRange({ line: 2, column: 1, endLine: 2, endColumn: 1 }, 1)).toBe(true);
    expect(isValidRange({ line: 3, column: 1, endLine: 3, endColumn: 1 }, 1)).toBe(false);
    expect(isValidRange({ line: 1, column: 0, endLine: 1, endColumn: 1 }, 1)).toBe(false);
    expect(isValidRange({ line: 1, column: 1.5, endLine: 1, endColumn: 2 }, 1)).toBe(false);
  });
});

describe('registry and parse metadata', () => {
  it('has metadata for every id, sorted and unique', () => {
    const ids = allMetas.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const m of parseRuleMetas) expect(ruleMeta(m.id)).toBe(m);
  });

  it('suppresses the real PSS findings under an ignore comment', () => {
    const ex = parseRuleMetas.find((m) => m.id === 'internal/ignore-comment')!.examples.good[0]!;
    const findings = grade([{ name: ex.file, text: ex.text }]).results[0]!.findings.filter((f) => f.ruleId.startsWith('pss/'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.suppressed?.kind === 'inline' && f.suppressed.line === 5)).toBe(true);
  });
});
