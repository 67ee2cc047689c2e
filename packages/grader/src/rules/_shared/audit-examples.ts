/** YAML builders for the audit/* rule examples. */

/** An audit Policy: `top` lines (e.g. omitStages) go before `rules:`; rules start on line 4 + top lines. */
export function auditPolicyYaml(rules: string, top = ''): string {
  return `apiVersion: audit.k8s.io/v1\nkind: Policy\n${top}rules:\n${rules}`;
}

/** The corrected course policy (ERRATA §2.7): no audit/* finding. */
export const GOOD_POLICY = auditPolicyYaml(
  `  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets", "configmaps", "serviceaccounts/token"]
  - level: RequestResponse
    userGroups: ["system:serviceaccounts"]
    verbs: ["create", "update", "patch", "delete"]
    resources:
      - group: ""
        resources: ["pods"]
      - group: "apps"
        resources: ["deployments", "daemonsets", "statefulsets"]
  - level: Metadata
`,
  'omitStages: ["RequestReceived"]\n',
);
