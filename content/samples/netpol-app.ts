/** ERRATA §2.5 (second policy): frontend pods in, DNS and the database out (chapter kubernetes-security, lab networkpolicy). */
import type { CourseSample } from './types';

export const netpolApp: CourseSample = {
  id: 'netpol-app',
  lang: 'yaml',
  file: 'app-network-policy.yaml',
  text: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: app-network-policy
  namespace: production
spec:
  podSelector:
    matchLabels:
      app: myapp
  policyTypes: ["Ingress", "Egress"]
  ingress:
    - from:
        # 한 항목에 selector 두 개: 네임스페이스와 Pod 조건을 모두(AND) 만족해야 합니다
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: frontend
          podSelector:
            matchLabels:
              app: frontend
      ports:
        - protocol: TCP
          port: 8080
  egress:
    # DNS부터 엽니다. 없으면 DB Service 이름을 풀 수 없습니다
    - to:
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
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: database
          podSelector:
            matchLabels:
              app: postgres
      ports:
        - protocol: TCP
          port: 5432
`,
};
