/** The seed's isolated-pod with a user namespace, made complete and restricted-ready (chapter kubernetes-security). */
import type { CourseSample } from './types';

export const podIsolated: CourseSample = {
  id: 'pod-isolated',
  lang: 'yaml',
  file: 'isolated-pod.yaml',
  text: `apiVersion: v1
kind: Pod
metadata:
  name: isolated-pod
  namespace: production
spec:
  # 이 Pod만 user namespace를 씁니다: 노드에 커널 6.3 이상, containerd 2.0 이상 또는 CRI-O 1.25 이상이 필요합니다
  hostUsers: false
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
      image: registry.example.com/myapp:1.0.0
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: ["ALL"]
      resources:
        requests:
          cpu: 100m
          memory: 128Mi
        limits:
          memory: 256Mi
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
`,
};
