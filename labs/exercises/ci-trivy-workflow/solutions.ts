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
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'security-scan.yml': '' } },
    { name: '빌드하지 않은 이미지를 스캔한다', files: { 'security-scan.yml': REFERENCE.replace('image-ref: myapp:${{ github.sha }}', 'image-ref: alpine:3.22') } },
    { name: '이미지 대신 파일시스템을 스캔한다', files: { 'security-scan.yml': REFERENCE.replace('image-ref: myapp:${{ github.sha }}', 'scan-type: fs\n          scan-ref: .') } },
    { name: 'exit-code 0', files: { 'security-scan.yml': REFERENCE.replace('exit-code: "1"', 'exit-code: "0"') } },
    { name: 'continue-on-error로 실패를 삼킨다', files: { 'security-scan.yml': REFERENCE.replace('      - name: Trivy image scan\n', '      - name: Trivy image scan\n        continue-on-error: true\n') } },
    { name: '태그로 되돌린다', files: { 'security-scan.yml': REFERENCE.replace(TRIVY, 'aquasecurity/trivy-action@0.36.0') } },
    { name: 'write-all 권한', files: { 'security-scan.yml': REFERENCE.replace('permissions:\n  contents: read', 'permissions: write-all') } },
    { name: 'pull_request_target에서 PR 코드를 받는다', files: { 'security-scan.yml': REFERENCE.replace('on: [push, pull_request]', 'on: [push, pull_request, pull_request_target]').replace('          persist-credentials: false\n', '          persist-credentials: false\n          ref: ${{ github.event.pull_request.head.sha }}\n') } },
  ],
};
