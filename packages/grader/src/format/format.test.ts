import { describe, expect, it } from 'vitest';
import type { GradeResult, RuleMeta, SourceFile } from '../types';
import { formatResult } from './index';
import { formatJson } from './json';
import { artifactUri, FINGERPRINT_KEY, hash64, sarifLog } from './sarif';
import { failingCount, summarize } from './summary';
import { codeFrame, formatText } from './text';

const sources: SourceFile[] = [
  { name: 'app/Dockerfile', text: 'FROM node:20\nUSER root\nCMD node server.js\n' },
  { name: 'k8s/pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: 웹서버\n' },
  { name: 'clean.yaml', text: 'a: 1\n' },
];

const result: GradeResult = {
  version: 1,
  results: [
    {
      file: 'app/Dockerfile',
      language: 'dockerfile',
      findings: [
        {
          ruleId: 'docker/user-root',
          severity: 'error',
          message: '루트로 실행됩니다.',
          messageEn: 'Runs as root.',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
        },
        {
          ruleId: 'docker/shell-form-cmd',
          severity: 'warning',
          message: 'shell form CMD',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 19,
          suppressed: { kind: 'option' },
        },
      ],
    },
    {
      file: 'k8s/pod.yaml',
      language: 'yaml',
      findings: [{ ruleId: 'k8s/name', severity: 'info', message: '이름 확인', messageEn: 'Check the name.', line: 4, column: 9, endLine: 4, endColumn: 12 }],
    },
    { file: 'clean.yaml', language: 'yaml', findings: [] },
  ],
};

const meta = (id: string, severity: RuleMeta['severity'], securitySeverity?: number): RuleMeta => ({
  id,
  severity,
  target: 'dockerfile',
  title: { ko: `${id} 제목`, en: `${id} title` },
  why: { ko: '이유', en: 'Why it matters.' },
  fix: { ko: '고치는 법', en: 'How to fix.' },
  messages: {},
  examples: { good: [], bad: [] },
  ...(securitySeverity === undefined ? {} : { securitySeverity }),
  refs: { url: 'https://docs.docker.com/' },
});
const metas: Record<string, RuleMeta> = {
  'docker/user-root': meta('docker/user-root', 'error', 8.1),
  'docker/shell-form-cmd': meta('docker/shell-form-cmd', 'warning'),
  'k8s/name': meta('k8s/name', 'info'),
};

describe('summary', () => {
  it('counts unsuppressed findings by severity and decides failure by threshold', () => {
    expect(summarize(result)).toEqual({ files: 3, error: 1, warning: 0, info: 1, suppressed: 1 });
    expect(failingCount(result, 'error')).toBe(1);
    expect(failingCount(result, 'warning')).toBe(1);
    expect(failingCount(result, 'info')).toBe(2);
  });
});

describe('text', () => {
  it('groups by file with positions, messages, ids, code frames and a summary', () => {
    expect(formatText(result, { sources })).toBe(
      [
        'app/Dockerfile',
        '  app/Dockerfile:2:1  오류  루트로 실행됩니다.  [docker/user-root]',
        '    > 2 | USER root',
        '        | ^^^^^^^^^',
        '  app/Dockerfile:3:5  경고  shell form CMD  [docker/shell-form-cmd] (무시됨: 옵션)',
        '',
        'k8s/pod.yaml',
        '  k8s/pod.yaml:4:9  정보  이름 확인  [k8s/name]',
        '    > 4 |   name: 웹서버',
        '        |         ^^^^^^',
        '',
        '✖ 문제 2개: 오류 1, 경고 0, 정보 1, 무시됨 1 (파일 3개 검사)',
        '',
      ].join('\n'),
    );
  });

  it('dims suppressed findings and colours severities when asked', () => {
    const out = formatText(result, { sources, color: true });
    expect(out).toContain('\u001b[2m  app/Dockerfile:3:5  경고  shell form CMD  [docker/shell-form-cmd] (무시됨: 옵션)\u001b[0m');
    expect(out).toContain('\u001b[31m오류\u001b[0m');
  });

  it('says so when nothing is wrong, and prints no frame without sources', () => {
    const clean: GradeResult = { version: 1, results: [{ file: 'a.yaml', language: 'yaml', findings: [] }] };
    expect(formatText(clean)).toBe('✔ 문제 없음 (파일 1개 검사)\n');
    expect(formatText({ version: 1, results: [result.results[1]!] })).toBe(
      'k8s/pod.yaml\n  k8s/pod.yaml:4:9  정보  이름 확인  [k8s/name]\n\n⚠ 문제 1개: 오류 0, 경고 0, 정보 1 (파일 1개 검사)\n',
    );
  });

  it('marks inline suppressions with the comment line', () => {
    const r: GradeResult = {
      version: 1,
      results: [{ file: 'Dockerfile', language: 'dockerfile', findings: [{ ...result.results[0]!.findings[0]!, suppressed: { kind: 'inline', line: 1 } }] }],
    };
    expect(formatText(r)).toContain('[docker/user-root] (무시됨: 1번째 줄 주석)');
  });
});

describe('codeFrame', () => {
  const f = (line: number, column: number, endLine: number, endColumn: number) => ({
    ruleId: 'x',
    severity: 'error' as const,
    message: 'm',
    line,
    column,
    endLine,
    endColumn,
  });

  it('underlines multi-line ranges line by line, up to three lines', () => {
    const lines = ['spec:', '  containers:', '  - name: a', '    image: b', '    x: y'];
    expect(codeFrame(lines, f(2, 3, 5, 9))).toEqual([
      '> 2 |   containers:',
      '    |   ^^^^^^^^^^^',
      '> 3 |   - name: a',
      '    |   ^^^^^^^^^',
      '> 4 |     image: b',
      '    |     ^^^^^^^^',
      '    | …',
    ]);
  });

  it('expands tabs, replaces control characters and widens Hangul', () => {
    expect(codeFrame(['\tA\u0000한글 x'], f(1, 4, 1, 6))).toEqual(['> 1 |     A?한글 x', '    |       ^^^^']);
  });

  it('cuts very long lines around the range', () => {
    const line = `${'a'.repeat(5_000_000)}BAD${'b'.repeat(1000)}`;
    const [code, carets] = codeFrame([line], f(1, 5_000_001, 1, 5_000_004));
    expect(code!.length).toBeLessThan(120);
    expect(code).toContain('BAD');
    expect(carets!.indexOf('^')).toBe(code!.indexOf('BAD'));
    expect(carets!.endsWith(' ^^^')).toBe(true);
    expect(code!.startsWith('> 1 | …')).toBe(true);
    expect(code!.endsWith('…')).toBe(true);
  });

  it('shows a caret at the end of a line, nothing past the end of the file or for blank lines', () => {
    expect(codeFrame(['abc'], f(1, 4, 1, 4))).toEqual(['> 1 | abc', '    |    ^']);
    expect(codeFrame(['abc'], f(2, 1, 2, 1))).toEqual([]);
    expect(codeFrame(['a: [', ''], f(2, 1, 2, 2))).toEqual([]);
  });
});

describe('json', () => {
  it('has exactly the documented shape', () => {
    expect(JSON.parse(formatJson(result))).toEqual({
      version: 1,
      results: [
        {
          file: 'app/Dockerfile',
          findings: [
            {
              ruleId: 'docker/user-root',
              severity: 'error',
              message: '루트로 실행됩니다.',
              line: 2,
              column: 1,
              endLine: 2,
              endColumn: 10,
              messageEn: 'Runs as root.',
            },
            {
              ruleId: 'docker/shell-form-cmd',
              severity: 'warning',
              message: 'shell form CMD',
              line: 3,
              column: 5,
              endLine: 3,
              endColumn: 19,
              suppressed: true,
            },
          ],
        },
        {
          file: 'k8s/pod.yaml',
          findings: [
            { ruleId: 'k8s/name', severity: 'info', message: '이름 확인', line: 4, column: 9, endLine: 4, endColumn: 12, messageEn: 'Check the name.' },
          ],
        },
        { file: 'clean.yaml', findings: [] },
      ],
    });
    expect(Object.keys(JSON.parse(formatJson(result)).results[0].findings[0])).toEqual([
      'ruleId',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'messageEn',
    ]);
  });
});

describe('sarif', () => {
  const log = sarifLog(result, { sources, ruleMeta: (id) => metas[id], toolVersion: '0.1.0' }) as any;
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with a described tool', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver.name).toBe('w7-grade');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['docker/shell-form-cmd', 'docker/user-root', 'k8s/name']);
    expect(run.tool.driver.rules[1]).toEqual({
      id: 'docker/user-root',
      name: 'DockerUserRoot',
      shortDescription: { text: 'docker/user-root title' },
      fullDescription: { text: 'Why it matters.' },
      help: {
        text: 'Why it matters.\n\nFix: How to fix.\n\n이유\n\n수정: 고치는 법',
        markdown: '**docker/user-root title** (docker/user-root 제목)\n\nWhy it matters.\n\n**Fix:** How to fix.\n\n---\n\n이유\n\n**수정:** 고치는 법',
      },
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.1', tags: ['security', 'docker', 'dockerfile'] },
      helpUri: 'https://docs.docker.com/',
    });
    expect(run.tool.driver.rules[2].properties['security-severity']).toBe('2.0');
    expect(run.tool.driver.rules[2].defaultConfiguration.level).toBe('note');
  });

  it('gives each result its rule index, level, English message, region and fingerprint', () => {
    expect(run.results).toHaveLength(3);
    const [first, second, third] = run.results;
    expect(first).toMatchObject({
      ruleId: 'docker/user-root',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'Runs as root.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'app/Dockerfile' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 10 } } }],
    });
    expect(first.partialFingerprints[FINGERPRINT_KEY]).toBe(hash64('docker/user-root\u0000app/Dockerfile\u0000USER root\u00000'));
    expect(first.suppressions).toBeUndefined();
    expect(second.suppressions).toEqual([{ kind: 'external', status: 'accepted' }]);
    expect(second.message.text).toBe('shell form CMD');
    expect(third.level).toBe('note');
    expect(third.ruleIndex).toBe(2);
  });

  it('keeps fingerprints stable when lines move and distinct for repeated lines', () => {
    const moved: SourceFile[] = [{ name: 'app/Dockerfile', text: 'FROM node:20\n\n\nUSER root\nCMD node server.js\n' }, sources[1]!, sources[2]!];
    const r2: GradeResult = {
      version: 1,
      results: [{ ...result.results[0]!, findings: [{ ...result.results[0]!.findings[0]!, line: 4, endLine: 4 }] }],
    };
    const again = sarifLog(r2, { sources: moved, ruleMeta: (id) => metas[id] }) as any;
    expect(again.runs[0].results[0].partialFingerprints).toEqual(run.results[0].partialFingerprints);
    const twice: GradeResult = {
      version: 1,
      results: [{ file: 'D', language: 'dockerfile', findings: [1, 2].map((line) => ({ ...result.results[0]!.findings[0]!, line, endLine: line })) }],
    };
    const log2 = sarifLog(twice, { sources: [{ name: 'D', text: 'USER root\nUSER root\n' }], ruleMeta: (id) => metas[id] }) as any;
    const [a, b] = log2.runs[0].results.map((x: any) => x.partialFingerprints[FINGERPRINT_KEY]);
    expect(a).not.toBe(b);
  });

  it('carries the inline reason as the suppression justification', () => {
    const r: GradeResult = {
      version: 1,
      results: [{ file: 'D', language: 'dockerfile', findings: [{ ...result.results[0]!.findings[0]!, suppressed: { kind: 'inline', line: 1 } }] }],
    };
    const out = sarifLog(r, {
      sources: [{ name: 'D', text: '# w7-ignore docker/user-root -- 디버그 이미지\nUSER root\n' }],
      ruleMeta: (id) => metas[id],
    }) as any;
    expect(out.runs[0].results[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: '디버그 이미지' }]);
  });

  it('writes relative URIs with forward slashes', () => {
    expect(artifactUri('.\\k8s\\my pod.yaml')).toBe('k8s/my%20pod.yaml');
    expect(artifactUri('./a/b:c.yaml')).toBe('a/b%3Ac.yaml');
    expect(artifactUri('deploy/한글.yaml')).toBe('deploy/%ED%95%9C%EA%B8%80.yaml');
  });

  it('hashes to 16 hex digits, deterministically', () => {
    expect(hash64('abc')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64('abc')).toBe(hash64('abc'));
    expect(hash64('abc')).not.toBe(hash64('abd'));
  });

  it('is what formatResult prints for "sarif", as JSON', () => {
    const parsed = JSON.parse(formatResult(result, 'sarif', { sources }));
    expect(parsed.runs[0].results).toHaveLength(3);
    expect(parsed.runs[0].columnKind).toBe('utf16CodeUnits');
  });
});
