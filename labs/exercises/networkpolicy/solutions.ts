import type { LabSolutions } from '../types';
import { netpolApp, netpolDefaultDeny } from '../../../content/samples';

const DEFAULT_DENY = netpolDefaultDeny.text;

const DNS_RULE = `    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - protocol: UDP
          port: 53
        - protocol: TCP
          port: 53
`;

const APP = netpolApp.text;

const REFERENCE = `${DEFAULT_DENY}---\n${APP}`;

export const solutions: LabSolutions = {
  reference: { 'networkpolicy.yaml': REFERENCE },
  alternatives: [
    {
      // One policy per direction, DNS allowed for every production pod, expressions instead of matchLabels
      'networkpolicy.yaml': `${DEFAULT_DENY}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns
  namespace: production
spec:
  podSelector: {}
  policyTypes: ["Egress"]
  egress:
    - to:
        - namespaceSelector:
            matchExpressions:
              - key: kubernetes.io/metadata.name
                operator: In
                values: ["kube-system"]
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: app-ingress
  namespace: production
spec:
  podSelector:
    matchLabels:
      app: myapp
  policyTypes: ["Ingress"]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: frontend
          podSelector:
            matchLabels:
              app: frontend
      ports:
        - port: 8080
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: app-egress-db
  namespace: production
spec:
  podSelector:
    matchLabels:
      app: myapp
  policyTypes: ["Egress"]
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: database
      ports:
        - port: 5432
`,
    },
    {
      // The app's own policy is the default deny for it; a second empty policy isolates the rest of production
      'networkpolicy.yaml': `${APP}---\n${DEFAULT_DENY.replace('default-deny-all', 'deny-everything-else')}`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'networkpolicy.yaml': '' } },
    { name: '모든 것을 막는다', files: { 'networkpolicy.yaml': DEFAULT_DENY } },
    { name: '모든 것을 허용한다', files: { 'networkpolicy.yaml': APP.replace(/ {2}ingress:[\s\S]*$/, '  ingress:\n    - {}\n  egress:\n    - {}\n') } },
    { name: 'OR로 쓴다', files: { 'networkpolicy.yaml': REFERENCE.replace('              kubernetes.io/metadata.name: frontend\n          podSelector:', '              kubernetes.io/metadata.name: frontend\n        - podSelector:') } },
    { name: 'DNS를 빠뜨린다', files: { 'networkpolicy.yaml': REFERENCE.replace(DNS_RULE, '') } },
    {
      name: 'Namespace 라벨을 바꿔 채점 환경을 속인다',
      files: { 'networkpolicy.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: frontend\n  labels:\n    name: frontend\n---\n${REFERENCE}` },
    },
  ],
};
