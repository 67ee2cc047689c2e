/** Workflows for the gha/* rule examples and tests. */

const SHA_CHECKOUT = 'actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3 # v6.0.0';
const SHA_TRIVY = 'aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25 # v0.36.0';

/** The corrected course workflow (chapter 3, ERRATA §2.8 with real SHAs): no gha/* finding. */
export const GOOD_WORKFLOW = `name: Security Scan
on: [push, pull_request]
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: ${SHA_CHECKOUT}
        with:
          persist-credentials: false
      - name: Build image
        run: docker build -t myapp:\${{ github.sha }} .
      - name: Trivy image scan
        uses: ${SHA_TRIVY}
        with:
          image-ref: myapp:\${{ github.sha }}
          format: table
          exit-code: "1"
          severity: CRITICAL,HIGH
          ignore-unfixed: true
          version: v0.70.0
`;

/** The seed's workflow (chapter 3, original notes). */
export const SEED_WORKFLOW = `name: Security Scan
on: [push, pull_request]
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run Trivy vulnerability scanner
        uses: aquasecurity/trivy-action@master
        with:
          image-ref: 'myapp:latest'
          format: 'table'
          exit-code: '1'
          severity: 'CRITICAL,HIGH'
`;

/** A one-job workflow with the given step lines (each indented by 6 spaces); steps start on line 9 (line 7 with top = ''). */
export function workflowYaml(steps: string, on = '[push]', top = 'permissions:\n  contents: read\n'): string {
  return `name: ci\non: ${on}\n${top}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
}
