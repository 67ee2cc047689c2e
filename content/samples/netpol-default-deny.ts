/** ERRATA §2.5 (first policy): deny everything in the namespace, both directions (chapter kubernetes-security, lab networkpolicy). */
import type { CourseSample } from './types';

export const netpolDefaultDeny: CourseSample = {
  id: 'netpol-default-deny',
  lang: 'yaml',
  file: 'default-deny-all.yaml',
  text: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
  namespace: production
spec:
  podSelector: {}
  policyTypes: ["Ingress", "Egress"]
`,
};
