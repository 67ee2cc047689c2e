/**
 * Property-based tests: the corrected workflow written any way Actions reads the same (trigger forms, key order,
 * flow or block style, quoting, comments, conditions that hold on push and pull_request, a report step beside the
 * gate) passes; the same workflow plus one way around the gate from the catalogue fails fails-on-high or
 * runs-on-changes and says why.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeSet } from '../testing';
import { lab } from './lab';

const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1';
const TRIVY = 'aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25';

const ON = [
  'on: [push, pull_request]',
  'on: [pull_request, push]',
  'on:\n  push:\n  pull_request:',
  "on:\n  push:\n    branches: ['**']\n  pull_request:\n    types: [opened, synchronize, reopened, ready_for_review]",
  "on:\n  push:\n    paths-ignore: ['docs/**', '**.md']\n  pull_request:\n    paths-ignore: ['docs/**']",
  'on:\n  workflow_dispatch:\n  push:\n    tags-ignore: [nightly]\n    branches: [main, "release/**"]\n  pull_request: {}',
];
const PERMISSIONS = [
  'permissions:\n  contents: read',
  'permissions: {contents: read}',
  'permissions: read-all',
  "permissions:\n  contents: 'read'\n  security-events: write",
];
/** `if:` values that hold on push and on pull_request. */
const GATE_IF = [
  null,
  'always()',
  '${{ success() }}',
  "github.event_name == 'push' || github.event_name == 'pull_request'",
  "!cancelled() && github.repository != ''",
  "startsWith(github.ref, 'refs/')",
];
const COE = [null, 'false', "${{ github.event_name == 'schedule' }}"];
const EXIT = ['"1"', '1', "'2'"];
const SEVERITY = [null, 'CRITICAL,HIGH', 'HIGH,CRITICAL', 'MEDIUM,HIGH,CRITICAL', 'critical, high'];

interface Shape {
  on: string;
  permissions: string;
  gateIf: string | null;
  coe: string | null;
  exit: string;
  severity: string | null;
  scanners: string | null;
  report: boolean;
  flow: boolean;
  comments: boolean;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  on: fc.constantFrom(...ON),
  permissions: fc.constantFrom(...PERMISSIONS),
  gateIf: fc.constantFrom(...GATE_IF),
  coe: fc.constantFrom(...COE),
  exit: fc.constantFrom(...EXIT),
  severity: fc.constantFrom(...SEVERITY),
  scanners: fc.constantFrom(null, 'vuln', 'vuln,secret', 'misconfig,vuln'),
  report: fc.boolean(),
  flow: fc.boolean(),
  comments: fc.boolean(),
});

/** A YAML double-quoted scalar, so that `${{ }}`, `!` and `:` stay strings. */
const q = (s: string) => JSON.stringify(s);

/** The workflow of a shape; a bypass adds a step line, a `with:` line (block style only) or a job line. */
function render(s: Shape, extraStep = '', extraInput = '', extraJob = ''): string {
  const inputs: [string, string][] = [
    ['image-ref', q('myapp:${{ github.sha }}')],
    ['exit-code', s.exit],
  ];
  if (s.severity) inputs.push(['severity', q(s.severity)]);
  if (s.scanners) inputs.push(['scanners', q(s.scanners)]);
  const withBlock = s.flow
    ? `        with: {${inputs.map(([k, v]) => `${k}: ${v}`).join(', ')}}\n`
    : `        with:\n${inputs.map(([k, v]) => `          ${k}: ${v}\n`).join('')}${extraInput}`;
  const gate = [
    '      - name: Trivy gate',
    ...(s.gateIf ? [`        if: ${q(s.gateIf)}`] : []),
    ...(s.coe ? [`        continue-on-error: ${s.coe === 'false' ? 'false' : q(s.coe)}`] : []),
    ...(extraStep ? [extraStep] : []),
    `        uses: ${TRIVY}${s.comments ? ' # v0.36.0' : ''}`,
  ].join('\n');
  const report = s.report
    ? `      - uses: ${TRIVY}\n        with:\n          image-ref: myapp:\${{ github.sha }}\n          format: sarif\n          output: trivy.sarif\n          exit-code: "0"\n`
    : '';
  return `name: Security Scan
${s.comments ? '# scans every change\n' : ''}${s.on}
${s.permissions}
jobs:
  scan:
${extraJob}    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: docker build -t myapp:\${{ github.sha }} .
${report}${gate}
${withBlock}`;
}

/** Ways around the gate: [where it goes, text, the objective that must fail, words its reason must contain]. */
const BYPASSES: readonly (readonly ['step' | 'input' | 'job' | 'on', string, string, string])[] = [
  ['step', "        if: github.event_name == 'push'", 'fails-on-high', 'pull request에서 거짓'],
  ['step', "        if: github.event_name != 'push'", 'fails-on-high', 'push에서 거짓'],
  ['step', "        if: github.ref == 'refs/heads/main'", 'fails-on-high', 'pull request에서 거짓'],
  ['step', '        if: failure()', 'fails-on-high', '거짓이라 건너뜁니다'],
  ['step', "        if: vars.SCAN == 'on'", 'fails-on-high', '알 수 없어'],
  ['step', "        continue-on-error: ${{ github.event_name == 'pull_request' }}", 'fails-on-high', 'continue-on-error'],
  ['step', '        continue-on-error: true', 'fails-on-high', 'continue-on-error'],
  ['job', '    continue-on-error: true\n', 'fails-on-high', 'scan job의 continue-on-error'],
  ['job', "    if: github.event_name == 'push'\n", 'fails-on-high', 'scan job의 if'],
  ['input', '          vuln-type: os\n', 'fails-on-high', 'vuln-type'],
  ['input', '          vuln-type: library\n', 'fails-on-high', 'vuln-type'],
  ['input', '          severity: CRITICAL\n', 'fails-on-high', 'severity'],
  ['on', 'on:\n  push:\n    paths: [Dockerfile]\n  pull_request:', 'runs-on-changes', 'paths 필터'],
  ['on', "on:\n  push:\n  pull_request:\n    paths-ignore: ['src/**']", 'runs-on-changes', 'paths-ignore'],
  ['on', 'on:\n  push:\n    tags: [v*]\n  pull_request:', 'runs-on-changes', 'tags 필터만'],
  ['on', 'on:\n  push:\n  pull_request:\n    types: [opened]', 'runs-on-changes', 'synchronize'],
  ['on', 'on: push', 'runs-on-changes', 'pull_request 트리거가 없습니다'],
];

describe('ci-trivy-workflow properties', () => {
  it('every equivalent way of writing the corrected workflow passes', () => {
    fc.assert(
      fc.property(shapeArb, (s) => {
        const text = render(s);
        const r = gradeSet(lab, { 'security-scan.yml': text });
        expect(
          r.objectives.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason}`),
          text,
        ).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('one way around the gate from the catalogue fails and says why', () => {
    fc.assert(
      fc.property(shapeArb, fc.constantFrom(...BYPASSES), (s, [where, text, id, words]) => {
        // A bypass replaces the setting it conflicts with instead of adding a second key
        const shape: Shape = {
          ...s,
          flow: false,
          report: false,
          ...(where === 'step' && { gateIf: null, coe: null }),
          ...(where === 'input' && text.includes('severity') && { severity: null }),
          ...(where === 'on' && { on: text }),
        };
        const yaml = render(shape, where === 'step' ? text : '', where === 'input' ? text : '', where === 'job' ? text : '');
        const r = gradeSet(lab, { 'security-scan.yml': yaml });
        const failed = r.objectives.filter((o) => !o.pass);
        expect(
          failed.map((o) => o.id),
          yaml,
        ).toEqual([id]);
        expect(failed[0]!.reason, yaml).toContain(words);
      }),
      { numRuns: 200 },
    );
  });
});
