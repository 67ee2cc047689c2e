/** The seed's "hardened Pod" made to pass PSS restricted (chapter container-security, ERRATA row 2.3). */
import type { CourseSample } from './types';

export const podSecureApp: CourseSample = {
  id: 'pod-secure-app',
  lang: 'yaml',
  file: 'secure-app.yaml',
  text: `apiVersion: v1
kind: Pod
metadata:
  name: secure-app
  labels:
    app: secure-app
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
      # 실제 운영에서는 digest로 고정합니다 (image@sha256:...)
      image: registry.example.com/myapp:1.0.0
      ports:
        - containerPort: 8080
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
      emptyDir:
        sizeLimit: 64Mi
`,
};
