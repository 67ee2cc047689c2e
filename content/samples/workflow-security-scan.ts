/**
 * ERRATA §2.8: the CI scan with every action pinned to a commit SHA (chapter container-security). The SHAs
 * were checked against the release pages: actions/checkout v7.0.1, aquasecurity/trivy-action v0.36.0.
 */
import type { CourseSample } from './types';

export const workflowSecurityScan: CourseSample = {
  id: 'workflow-security-scan',
  lang: 'yaml',
  file: 'security-scan.yml',
  text: `name: Security Scan
on: [push, pull_request]
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
      - name: Build image
        run: docker build -t myapp:\${{ github.sha }} .
      - name: Trivy image scan
        uses: aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25 # v0.36.0
        with:
          image-ref: myapp:\${{ github.sha }}
          format: table
          exit-code: "1"
          severity: CRITICAL,HIGH
          ignore-unfixed: true
          version: v0.70.0
`,
};
