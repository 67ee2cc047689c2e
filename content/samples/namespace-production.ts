/** ERRATA §2.3 (Namespace): PSS restricted with the enforce version pinned (chapter kubernetes-security). */
import type { CourseSample } from './types';

export const namespaceProduction: CourseSample = {
  id: 'namespace-production',
  lang: 'yaml',
  file: 'namespace-production.yaml',
  text: `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.36
    pod-security.kubernetes.io/audit: restricted
    pod-security.kubernetes.io/audit-version: latest
    pod-security.kubernetes.io/warn: restricted
    pod-security.kubernetes.io/warn-version: latest
`,
};
