import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { GOOD_WORKFLOW, SEED_WORKFLOW, workflowYaml } from '../_shared/workflow-examples';
import { ghaImageNotBuilt, imagesProvided, normalizeImage } from './image-not-built';
import { ghaRules } from './index';
import { ghaNoPermissions } from './no-permissions';
import { ghaPrTargetCheckout } from './pr-target-checkout';
import { ghaTrivyNoExitCode } from './trivy-no-exit-code';
import { ghaUnpinnedAction } from './unpinned-action';

const run = (rules: Parameters<typeof runRules>[0], text: string) => runRules(rules, text, { allDocs: true });
const SHA = '1af3b93b6815bc44a9784bd300feb67ff0d1eeb3';
const TRIVY = `aquasecurity/trivy-action@${SHA}`;

describe('gha/* on the course workflows', () => {
  it('report what a reviewer finds in the seed workflow', () => {
    expect(run(ghaRules, SEED_WORKFLOW).map((f) => `${at(f)} ${f.severity}`)).toEqual([
      'gha/image-not-built@11:22-11:36 warning',
      'gha/no-permissions@3:1-3:5 warning',
      'gha/unpinned-action@7:15-7:34 warning',
      'gha/unpinned-action@9:15-9:47 error',
    ]);
  });
  it('report nothing on the corrected workflow (ERRATA §2.8 with real SHAs)', () => {
    expect(run(ghaRules, GOOD_WORKFLOW)).toEqual([]);
  });
  it('leave Kubernetes objects and other YAML alone', () => {
    expect(run(ghaRules, 'apiVersion: v1\nkind: ConfigMap\non: [push]\njobs: {a: {steps: [{uses: x/y@main}]}}\n')).toEqual([]);
    expect(run(ghaRules, 'jobs: {a: {steps: [{uses: x/y@main}]}}\n')).toEqual([]);
  });
});

describe('gha/unpinned-action', () => {
  it('points at the uses value, with Korean and English messages', () => {
    const f = run([ghaUnpinnedAction], SEED_WORKFLOW);
    expect(f[1]!.message).toBe(
      'action aquasecurity/trivy-action이(가) 커밋 SHA가 아닌 "master"(브랜치나 태그)로 참조되어 있습니다. 누가 그 ref를 옮기면 다음 실행부터 다른 코드가 돕니다. 40자리 커밋 SHA로 고정하고 버전은 주석으로 남기세요.',
    );
    expect(f[1]!.messageEn).toBe(
      'aquasecurity/trivy-action is referenced by "master" (a branch or tag), which can be moved to other code; pin a full commit SHA.',
    );
  });
  it('covers docker images, reusable workflows and missing refs; accepts SHAs, digests and local actions', () => {
    const steps = [
      '      - uses: ./.github/actions/setup',
      '      - uses: docker://alpine:3.20',
      `      - uses: docker://alpine@sha256:${'a'.repeat(64)}`,
      '      - uses: someone/tool',
      `      - uses: someone/tool/sub@${SHA}`,
    ].join('\n');
    const text = `${workflowYaml(`${steps}\n`)}  call:\n    uses: org/repo/.github/workflows/scan.yml@v2\n`;
    const f = run([ghaUnpinnedAction], text);
    expect(f.map(at)).toEqual(['gha/unpinned-action@10:15-10:35', 'gha/unpinned-action@12:15-12:27', 'gha/unpinned-action@15:11-15:49']);
    expect(f[0]!.message).toBe('Docker 이미지 "alpine:3.20"를 digest 없이 참조합니다. 태그는 다른 이미지로 바뀔 수 있으니 @sha256:... digest로 고정하세요.');
    expect(f[1]!.message).toContain('action someone/tool이(가) 버전 없이 참조되어 있습니다.');
    expect(f[2]!.message).toContain('action org/repo/.github/workflows/scan.yml이(가) 커밋 SHA가 아닌 "v2"(브랜치나 태그)로');
  });
});

describe('gha/trivy-no-exit-code', () => {
  it('points at the uses of a trivy-action step without exit-code', () => {
    const f = run([ghaTrivyNoExitCode], workflowYaml(`      - uses: ${TRIVY}\n        with:\n          scan-type: fs\n`));
    expect(f.map(at)).toEqual(['gha/trivy-no-exit-code@9:15-9:81']);
    expect(f[0]!.message).toBe('trivy-action에 exit-code가 없어 취약점을 찾아도 build job이 성공합니다. with:에 exit-code: "1"을 지정하세요.');
    expect(run([ghaTrivyNoExitCode], workflowYaml(`      - uses: ${TRIVY}\n`)).map(at)).toEqual(['gha/trivy-no-exit-code@9:15-9:81']);
  });
  it('accepts an explicit exit-code (numbers too) and other actions', () => {
    expect(run([ghaTrivyNoExitCode], workflowYaml(`      - uses: ${TRIVY}\n        with:\n          exit-code: 1\n`))).toEqual([]);
    expect(run([ghaTrivyNoExitCode], workflowYaml(`      - uses: aquasecurity/setup-trivy@${SHA}\n`))).toEqual([]);
  });
  it('passes a report step (exit-code 0) next to a gate step, and flags a job with no gate at the exit-code', () => {
    const report = `      - uses: ${TRIVY}\n        with:\n          format: sarif\n          exit-code: "0"\n`;
    const gate = `      - uses: ${TRIVY}\n        if: always()\n        with:\n          exit-code: "1"\n`;
    expect(run([ghaTrivyNoExitCode], workflowYaml(report + gate, '[push, pull_request]'))).toEqual([]);
    const f = run([ghaTrivyNoExitCode], workflowYaml(report, '[push, pull_request]'));
    expect(f.map(at)).toEqual(['gha/trivy-no-exit-code@12:22-12:25']);
    expect(f[0]!.message).toBe(
      'build job의 trivy-action이 모두 exit-code 0이라 취약점을 찾아도 job이 성공합니다. 보고용 step과 따로 exit-code: "1"인 gate step을 두세요.',
    );
  });
  it('flags a gate input that takes paths or vulnerabilities out of the scan, at the input', () => {
    const gate = (inputs: string) => workflowYaml(`      - uses: ${TRIVY}\n        with:\n          exit-code: 1\n${inputs}`, '[push, pull_request]');
    const msg = (text: string) => run([ghaTrivyNoExitCode], text).map((f) => `${at(f)} ${f.message}`);
    expect(msg(gate('          skip-dirs: /app\n'))).toEqual([
      'gha/trivy-no-exit-code@12:22-12:26 skip-dirs: /app로 건너뛴 경로의 취약점은 exit-code가 있어도 gate를 통과합니다. gate step에서는 이 입력을 빼세요.',
    ]);
    expect(msg(gate('          trivyignores: .trivyignore\n'))).toEqual([
      'gha/trivy-no-exit-code@12:25-12:37 trivyignores: .trivyignore의 무시 목록에 든 취약점은 exit-code가 있어도 gate를 통과합니다. gate step에서는 이 입력을 빼세요.',
    ]);
    expect(msg(gate('          skip-files: ""\n          ignore-unfixed: true\n'))).toEqual([]);
  });
  it('flags a gate that push or pull_request skips, whose failure is swallowed, or that looks at less', () => {
    const gate = (extra: string, inputs = '') =>
      workflowYaml(`      - uses: ${TRIVY}\n${extra}        with:\n          exit-code: 1\n${inputs}`, '[push, pull_request]');
    const msg = (text: string) => run([ghaTrivyNoExitCode], text).map((f) => `${at(f)} ${f.message}`);
    expect(msg(gate("        if: github.event_name == 'push'\n"))).toEqual([
      'gha/trivy-no-exit-code@9:15-9:81 step의 if가 pull_request에서 거짓이라 건너뜁니다. 그때는 HIGH/CRITICAL 취약점이 있어도 검사가 통과합니다.',
    ]);
    expect(msg(gate('        continue-on-error: ${{ true }}\n'))).toEqual([
      'gha/trivy-no-exit-code@9:15-9:81 step의 continue-on-error가 push에서 참이라 실패해도 workflow가 성공합니다. 그때는 HIGH/CRITICAL 취약점이 있어도 검사가 통과합니다.',
    ]);
    expect(msg(gate('', '          vuln-type: os\n'))).toEqual([
      'gha/trivy-no-exit-code@12:22-12:24 vuln-type: os로는 언어 패키지(library)의 취약점을 찾지 않아 exit-code가 있어도 막지 못합니다.',
    ]);
    expect(
      run([ghaTrivyNoExitCode], gate("        if: github.event_name == 'push' || github.event_name == 'pull_request'\n", '          scanners: vuln,secret\n')),
    ).toEqual([]);
  });
});

describe('gha/no-permissions', () => {
  it('points at jobs: and names the jobs without their own permissions', () => {
    const text = `${workflowYaml('      - run: make\n', '[push]', '')}  deploy:\n    permissions: {contents: write}\n    runs-on: ubuntu-latest\n    steps: [{run: make deploy}]\n`;
    const f = run([ghaNoPermissions], text);
    expect(f.map(at)).toEqual(['gha/no-permissions@3:1-3:5']);
    expect(f[0]!.messageEn).toBe(
      'No top-level permissions: the GITHUB_TOKEN of job(s) build gets the repository default, possibly write. Set permissions: contents: read.',
    );
  });
  it('accepts top-level permissions, or permissions on every job', () => {
    expect(run([ghaNoPermissions], workflowYaml('      - run: make\n'))).toEqual([]);
    expect(run([ghaNoPermissions], 'on: push\njobs:\n  a:\n    permissions: {}\n    steps: [{run: x}]\n')).toEqual([]);
  });
});

describe('gha/image-not-built', () => {
  const scan = (image: string, extra = '') => `      - uses: ${TRIVY}\n        with:\n          image-ref: ${image}\n          exit-code: "1"\n${extra}`;
  const check = (steps: string) => run([ghaImageNotBuilt], workflowYaml(steps)).map(at);
  it('points at image-ref when no earlier step of the job builds it', () => {
    expect(check(scan('myapp:1.0'))).toEqual(['gha/image-not-built@11:22-11:31']);
    expect(check(`${scan('myapp:1.0')}      - run: docker build -t myapp:1.0 .\n`)).toEqual(['gha/image-not-built@11:22-11:31']);
    expect(check(`      - run: docker build -t other:1.0 .\n${scan('myapp:1.0')}`)).toEqual(['gha/image-not-built@12:22-12:31']);
  });
  it('accepts images built, tagged or pulled before, in any spelling', () => {
    expect(check(`      - run: docker build -t myapp .\n${scan('docker.io/library/myapp:latest')}`)).toEqual([]);
    expect(check(`      - run: |\n          docker buildx build \\\n            --tag=myapp:\${{github.sha}} .\n${scan('"myapp:${{ github.sha }}"')}`)).toEqual(
      [],
    );
    expect(check(`      - run: docker build -t tmp . && docker tag tmp ghcr.io/o/app:1\n${scan('ghcr.io/o/app:1')}`)).toEqual([]);
    expect(check(`      - run: docker pull nginx:1.27\n${scan('nginx:1.27')}`)).toEqual([]);
    expect(
      check(`      - uses: docker/build-push-action@${SHA}\n        with:\n          load: true\n          tags: app:dev,app:1\n${scan('app:1')}`),
    ).toEqual([]);
  });
  it('skips values it cannot follow and non-image scans', () => {
    expect(check(scan('${{ env.IMAGE }}'))).toEqual([]);
    expect(check(`      - run: docker build -t "$IMAGE" .\n${scan('myapp:1')}`)).toEqual([]);
    expect(check(scan('myapp:1', '          scan-type: fs\n'))).toEqual([]);
  });
  it('normalizes image names and reads build commands', () => {
    expect(normalizeImage("'index.docker.io/nginx'")).toBe('nginx:latest');
    expect(normalizeImage('localhost:5000/app')).toBe('localhost:5000/app:latest');
    expect(normalizeImage('app@sha256:abc')).toBe('app@sha256:abc');
    expect(imagesProvided({ index: 0, path: [], with: {}, run: 'podman build -tapp:1 . ; buildah bud --tag x .' })).toEqual(['app:1', 'x:latest']);
  });
});

describe('gha/pr-target-checkout', () => {
  const checkout = (ref: string) => `      - uses: actions/checkout@${SHA}\n        with:\n          ref: ${ref}\n      - run: npm test\n`;
  it('points at the ref that checks out the pull request head', () => {
    const f = run([ghaPrTargetCheckout], workflowYaml(checkout('${{ github.event.pull_request.head.sha }}'), 'pull_request_target'));
    expect(f.map(at)).toEqual(['gha/pr-target-checkout@11:16-11:57']);
    expect(f[0]!.message).toBe(
      'pull_request_target 워크플로의 build job이 PR의 head 코드를 가져옵니다. 이 코드는 base 저장소의 토큰과 Secret을 가진 채 실행됩니다. pull_request 트리거로 옮기세요.',
    );
    expect(run([ghaPrTargetCheckout], workflowYaml(checkout('${{ github.head_ref }}'), '{pull_request_target: {types: [opened]}}')).map(at)).toEqual([
      'gha/pr-target-checkout@11:16-11:38',
    ]);
    expect(run([ghaPrTargetCheckout], workflowYaml('      - run: gh pr checkout ${{ github.event.number }}\n', '[push, pull_request_target]')).map(at)).toEqual(
      ['gha/pr-target-checkout@9:14-9:55'],
    );
  });
  it('accepts pull_request, and pull_request_target checking out the base', () => {
    expect(run([ghaPrTargetCheckout], workflowYaml(checkout('${{ github.event.pull_request.head.sha }}'), 'pull_request'))).toEqual([]);
    expect(run([ghaPrTargetCheckout], workflowYaml(`      - uses: actions/checkout@${SHA}\n      - run: ./label.sh\n`, 'pull_request_target'))).toEqual([]);
  });
});
