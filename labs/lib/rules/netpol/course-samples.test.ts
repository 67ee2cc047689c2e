/**
 * The course's NetworkPolicy samples through the netpol/* rules:
 * - chapter 04's fences: the check="bad" seed policy gets netpol/namespace-name-label and
 *   netpol/no-dns-egress (plus the OR notice) at exact positions; the check="good" fences get nothing;
 * - the corrected samples of ERRATA §2.5 (copied verbatim), alone and with §2.3's Namespace and
 *   Deployment, get nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFenceMeta, scanCodeBlocks } from '../../../../lib/mdx/fence';
import { at, runRules } from '../../k8s/test-helper';
import { netpolRules } from './index';

const CHAPTER = join(import.meta.dirname, '../../../../content/chapters/04-kubernetes-security.mdx');

const ERRATA_2_3 = `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: latest
    pod-security.kubernetes.io/audit: restricted
    pod-security.kubernetes.io/warn: restricted
---
apiVersion: v1
kind: Secret
metadata:
  name: db-secret
  namespace: production
type: Opaque
stringData:
  password: change-me        # demo only; in production let ESO create this Secret
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
  labels:
    app: myapp
spec:
  replicas: 2
  selector:
    matchLabels:
      app: myapp
  template:
    metadata:
      labels:
        app: myapp
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        fsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: registry.example.com/myapp:1.0.0   # pin by digest in real use
          ports:
            - containerPort: 8080
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-secret
                  key: password
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
`;

const ERRATA_2_5 = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
  namespace: production
spec:
  podSelector: {}
  policyTypes: ["Ingress", "Egress"]
---
apiVersion: networking.k8s.io/v1
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
        - namespaceSelector:                  # same list item => AND
            matchLabels:
              kubernetes.io/metadata.name: frontend
          podSelector:
            matchLabels:
              app: frontend
      ports:
        - protocol: TCP
          port: 8080
  egress:
    - to:                                     # DNS, otherwise name resolution breaks
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
`;

function netpolFences() {
  return scanCodeBlocks(readFileSync(CHAPTER, 'utf8'))
    .filter((b) => b.lang === 'yaml' && /kind: NetworkPolicy/.test(b.code))
    .map((b) => ({ ...parseFenceMeta(b.meta), code: b.code }));
}

describe('course NetworkPolicy samples', () => {
  const fences = netpolFences();

  it('finds the three NetworkPolicy fences of chapter 04', () => {
    expect(fences.map((f) => f.check)).toEqual(['good', 'bad', 'good']);
  });

  it('the seed policy gets the name label, the missing DNS and the OR notice', () => {
    const bad = fences.find((f) => f.check === 'bad')!;
    const f = runRules(netpolRules, bad.code).sort((a, b) => a.line - b.line || a.column - b.column);
    expect(f.map(at)).toEqual([
      'netpol/namespace-name-label@17:15-17:19',
      'netpol/or-not-and@18:11-18:22',
      'netpol/no-dns-egress@24:3-24:9',
      'netpol/namespace-name-label@28:15-28:19',
    ]);
    expect(bad.expect).toEqual(['netpol/namespace-name-label', 'netpol/no-dns-egress']);
  });

  it('the corrected fences get no netpol finding', () => {
    for (const f of fences.filter((x) => x.check === 'good')) expect(runRules(netpolRules, f.code), f.code).toEqual([]);
  });

  it('ERRATA §2.5 gets no finding, alone and with the §2.3 Namespace and Deployment', () => {
    expect(runRules(netpolRules, ERRATA_2_5)).toEqual([]);
    expect(runRules(netpolRules, `${ERRATA_2_3}---\n${ERRATA_2_5}`)).toEqual([]);
  });
});
