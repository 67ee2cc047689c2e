/**
 * The course's YAML samples through the schema and course rules:
 * - the corrected samples of ERRATA §2.3-2.7 (content/samples, as the course teaches them) must pass: no
 *   schema/* finding and no k8s/* or rbac/* error or warning;
 * - the seed's samples (indentation rebuilt from the seed and ERRATA) get what a reviewer expects.
 */
import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { schemaRules } from '../schema';
import { ERRATA_SAMPLES } from '../../../../../content/samples';
import { k8sRules } from './index';
import { sample } from '../../../../../content/samples';

/** Chapter 4's developer Role and RoleBinding, as the course teaches them. */
const SEED_RBAC = sample('rbac-developer').text;

const ALL = [...schemaRules, ...k8sRules];
const grade = (text: string) => runRules(ALL, text);

const ERRATA: Readonly<Record<string, string>> = ERRATA_SAMPLES;

describe('ERRATA corrected samples', () => {
  it.each(Object.keys(ERRATA))('§%s has no schema finding and no k8s/rbac error or warning', (sec) => {
    const f = grade(ERRATA[sec]!);
    expect(f.filter((x) => x.ruleId.startsWith('schema/')).map(at)).toEqual([]);
    const serious = f.filter((x) => x.severity !== 'info').map(at);
    expect(serious).toEqual([]);
  });
});

const SEED_3_1 = `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/audit: restricted
    pod-security.kubernetes.io/warn: restricted
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      containers:
        - name: app
          image: myapp:latest
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
            readOnlyRootFilesystem: true
`;

const SEED_FALCO = `apiVersion: v1
kind: Namespace
metadata:
  name: falco
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: falco
  namespace: falco
spec:
  template:
    spec:
      containers:
        - name: falco
          image: docker.io/falcosecurity/falco:latest
          securityContext:
            privileged: true
          volumeMounts:
            - name: host-proc
              mountPath: /host/proc
              readOnly: true
      volumes:
        - name: host-proc
          hostPath:
            path: /proc
`;

const SEED_ESO = `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: app-secrets
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: SecretStore
  target:
    name: app-secrets
    creationPolicy: Owner
  data:
    - secretKey: database-password
      remoteRef:
        key: production/database
        property: password
`;

const SEED_5 = `apiVersion: v1
kind: Secret
metadata:
  name: db-secret
type: Opaque
stringData:
  password: secret123 # 실제 운영에서는 External Secrets Operator 사용
---
apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-secret
                  key: password
`;

const SEED_2_3_POD = `apiVersion: v1
kind: Pod
metadata:
  name: secure-app
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    runAsGroup: 1000
    fsGroup: 1000
  containers:
    - name: app
      image: myapp:latest
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop:
            - ALL
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
`;

const serious = (text: string) =>
  grade(text)
    .filter((f) => f.severity !== 'info')
    .map(at);

describe('seed samples', () => {
  it('§3.1 Deployment: missing spec.selector and a :latest image', () => {
    expect(serious(SEED_3_1)).toEqual(['schema/required@15:1-15:5', 'k8s/image-tag@23:18-23:30']);
    expect(grade(SEED_3_1).find((f) => f.ruleId === 'schema/required')!.message).toContain('필수 필드 spec.selector이(가) 없습니다.');
  });

  it('§4.3 Falco DaemonSet: missing spec.selector, :latest, writable root filesystem', () => {
    expect(serious(SEED_FALCO)).toEqual(['schema/required@11:1-11:5', 'k8s/image-tag@16:18-16:54', 'k8s/readonly-rootfs@15:17-15:22']);
  });

  it('§2.2 ExternalSecret: v1beta1 is no longer served', () => {
    const f = grade(SEED_ESO);
    expect(f.map(at)).toEqual(['schema/api-deprecated@1:13-1:40']);
    expect(f[0]!.message).toBe(
      'external-secrets.io/v1beta1의 ExternalSecret은(는) External Secrets Operator v0.17부터 제공되지 않습니다. apiVersion: external-secrets.io/v1로 바꾸세요.',
    );
  });

  it('§5 Secret + Deployment: plaintext Secret; Deployment without name, selector and image', () => {
    const f = serious(SEED_5);
    expect(f).toEqual([
      'k8s/secret-stringdata@6:1-6:11',
      'schema/required@10:1-10:5',
      'schema/required@11:1-11:5',
      'schema/required@15:11-15:15',
      'k8s/readonly-rootfs@15:17-15:20',
    ]);
    expect(
      grade(SEED_5)
        .filter((x) => x.ruleId === 'schema/required')
        .map((x) => x.messageEn!.replace(/\. .*/, '.')),
    ).toEqual([
      'Missing required field metadata.name.',
      'Missing required field spec.selector.',
      'Missing required field spec.template.spec.containers[0].image.',
    ]);
  });

  it('§2.3 Pod is structurally valid; only the :latest image is reported', () => {
    expect(serious(SEED_2_3_POD)).toEqual(['k8s/image-tag@13:14-13:26']);
  });

  it('§3.4 developer Role and RoleBinding are valid and low-risk', () => {
    expect(grade(SEED_RBAC)).toEqual([]);
  });
});
