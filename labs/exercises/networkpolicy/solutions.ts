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

const policy = (name: string, spec: string, namespace = 'production') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
${spec}`;
/** The reference with the app policy's egress rules replaced. */
const withEgress = (egress: string) => REFERENCE.replace(/ {2}egress:\n[\s\S]*$/, `  egress:\n${egress}`);
const DB_RULE = `    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: database
          podSelector:
            matchLabels:
              app: postgres
      ports:
        - protocol: TCP
          port: 5432
`;

export const solutions: LabSolutions = {
  reference: { 'networkpolicy.yaml': REFERENCE },
  alternatives: [
    {
      // One policy per direction, DNS for every production pod, expressions instead of matchLabels
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
          podSelector:
            matchExpressions:
              - {key: app, operator: In, values: [postgres]}
      ports:
        - port: 5432
`,
    },
    {
      // The app's own policy is the default deny for it; a second empty policy isolates the rest of production
      'networkpolicy.yaml': `${APP}---\n${DEFAULT_DENY.replace('default-deny-all', 'deny-everything-else')}`,
    },
    {
      // A List, named ports that resolve on the destination pods, shared selectors through anchors and merge keys
      'networkpolicy.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: default-deny-all, namespace: production}
    spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: app, namespace: production}
    spec:
      podSelector: {matchLabels: {app: myapp}}
      policyTypes: [Ingress, Egress]
      ingress:
        - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: frontend}}, podSelector: {matchLabels: {app: frontend}}}]
          ports: [{port: http}]
      egress:
        - to:
            - &dns
              namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
              podSelector: {matchLabels: {k8s-app: kube-dns}}
          ports: [{port: dns, protocol: UDP}, {port: dns-tcp, protocol: TCP}]
        - to:
            - <<: *dns
              namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: database}}
              podSelector: {matchLabels: {app: postgres}}
          ports: [{port: postgresql}]
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'networkpolicy.yaml': '' } },
    { name: '모든 것을 막는다', files: { 'networkpolicy.yaml': DEFAULT_DENY } },
    { name: '모든 것을 허용한다', files: { 'networkpolicy.yaml': APP.replace(/ {2}ingress:[\s\S]*$/, '  ingress:\n    - {}\n  egress:\n    - {}\n') } },
    {
      name: 'OR로 쓴다',
      files: {
        'networkpolicy.yaml': REFERENCE.replace(
          '              kubernetes.io/metadata.name: frontend\n          podSelector:',
          '              kubernetes.io/metadata.name: frontend\n        - podSelector:',
        ),
      },
    },
    { name: 'DNS를 빠뜨린다', files: { 'networkpolicy.yaml': REFERENCE.replace(DNS_RULE, '') } },
    {
      name: 'Namespace 라벨을 바꿔 채점 환경을 속인다',
      files: { 'networkpolicy.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: frontend\n  labels:\n    name: frontend\n---\n${REFERENCE}` },
    },
    {
      name: 'DNS를 어디로든 연다 (to 없이 53)',
      files: {
        'networkpolicy.yaml': withEgress(`    - ports:\n        - protocol: UDP\n          port: 53\n        - protocol: TCP\n          port: 53\n${DB_RULE}`),
      },
    },
    {
      name: 'kube-system 전체에 53을 연다',
      files: {
        'networkpolicy.yaml': withEgress(
          `    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - {protocol: UDP, port: 53}\n        - {protocol: TCP, port: 53}\n${DB_RULE}`,
        ),
      },
    },
    { name: '5432를 어디로든 연다', files: { 'networkpolicy.yaml': withEgress(`${DNS_RULE}    - ports:\n        - protocol: TCP\n          port: 5432\n`) } },
    {
      name: 'database Namespace 전체에 연다',
      files: {
        'networkpolicy.yaml': REFERENCE.replace(
          '              kubernetes.io/metadata.name: database\n          podSelector:\n            matchLabels:\n              app: postgres\n',
          '              kubernetes.io/metadata.name: database\n',
        ),
      },
    },
    {
      name: '넓은 ipBlock으로 5432를 연다',
      files: {
        'networkpolicy.yaml': withEgress(
          `${DNS_RULE}${DB_RULE}    - to:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n            except: [169.254.169.254/32]\n      ports:\n        - port: 5432\n`,
        ),
      },
    },
    {
      name: 'ipBlock으로 모든 포트를 연다',
      files: { 'networkpolicy.yaml': withEgress(`${DNS_RULE}${DB_RULE}    - to:\n        - ipBlock:\n            cidr: 10.0.0.0/8\n`) },
    },
    {
      name: 'endPort로 범위를 연다',
      files: { 'networkpolicy.yaml': REFERENCE.replace('          port: 5432\n', '          port: 5432\n          endPort: 5440\n') },
    },
    {
      name: 'frontend Namespace 전체를 받는다',
      files: {
        'networkpolicy.yaml': REFERENCE.replace(
          '              kubernetes.io/metadata.name: frontend\n          podSelector:\n            matchLabels:\n              app: frontend\n',
          '              kubernetes.io/metadata.name: frontend\n',
        ),
      },
    },
    {
      name: 'UDP 8080도 받는다',
      files: {
        'networkpolicy.yaml': REFERENCE.replace(
          '      ports:\n        - protocol: TCP\n          port: 8080\n',
          '      ports:\n        - protocol: TCP\n          port: 8080\n        - protocol: UDP\n          port: 8080\n',
        ),
      },
    },
    {
      name: '인터넷에서 들어오게 한다',
      files: { 'networkpolicy.yaml': REFERENCE.replace('    - from:\n', '    - from:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n') },
    },
    {
      name: 'default deny를 Ingress만',
      files: { 'networkpolicy.yaml': REFERENCE.replace('  policyTypes: ["Ingress", "Egress"]\n---', '  policyTypes: ["Ingress"]\n---') },
    },
    { name: '정책을 다른 Namespace에 둔다', files: { 'networkpolicy.yaml': REFERENCE.replace(/namespace: production/g, 'namespace: default') } },
    {
      name: 'endPort가 port보다 작다 (API가 거부)',
      files: { 'networkpolicy.yaml': REFERENCE.replace('          port: 5432\n', '          port: 5432\n          endPort: 5000\n') },
    },
    { name: '빈 peer (API가 거부)', files: { 'networkpolicy.yaml': REFERENCE.replace('    - from:\n', '    - from:\n        - {}\n') } },
    {
      name: 'values가 있는 Exists (API가 거부)',
      files: {
        'networkpolicy.yaml': REFERENCE.replace(
          '          podSelector:\n            matchLabels:\n              app: frontend\n',
          '          podSelector:\n            matchExpressions:\n              - {key: app, operator: Exists, values: [frontend]}\n',
        ),
      },
    },
    {
      name: '중복 키: 뒤의 policyTypes가 Egress를 지운다',
      files: {
        'networkpolicy.yaml': REFERENCE.replace(
          '  policyTypes: ["Ingress", "Egress"]\n---',
          '  policyTypes: ["Ingress", "Egress"]\n  policyTypes: ["Ingress"]\n---',
        ),
      },
    },
    {
      name: 'List 안에 모두 허용 정책을 숨긴다',
      files: {
        'networkpolicy.yaml': `${REFERENCE}---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: networking.k8s.io/v1\n    kind: NetworkPolicy\n    metadata: {name: debug, namespace: production}\n    spec: {podSelector: {}, ingress: [{}]}\n`,
      },
    },
    {
      name: '모든 Namespace에서 받는다',
      files: { 'networkpolicy.yaml': REFERENCE.replace('            matchLabels:\n              kubernetes.io/metadata.name: frontend\n', '            {}\n') },
    },
    {
      name: '모든 포트를 여는 규칙을 anchor로 재사용한다',
      files: {
        'networkpolicy.yaml': `${policy('default-deny-all', '  podSelector: {}\n  policyTypes: ["Ingress", "Egress"]\n')}---\n${APP.replace('  egress:\n', '  egress:\n    - &any\n      ports: [{port: 1, endPort: 65535}]\n').replace('      ports:\n        - protocol: TCP\n          port: 5432\n', '      ports: [{port: 5432}]\n      <<: *any\n')}`,
      },
    },
  ],
};
