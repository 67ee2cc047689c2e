/**
 * ERRATA §2.4: nginx that really runs as non-root under PSS restricted with a read-only root filesystem
 * (chapter hands-on, lab pss-restricted-pod). The image is pinned to a release, never a moving tag.
 */
import type { CourseSample } from './types';

/** A release of nginx's stable branch; the labs and the chapter teach this exact reference. */
export const NGINX_UNPRIVILEGED_IMAGE = 'nginxinc/nginx-unprivileged:1.30.1-alpine';

export const podNginxUnprivileged: CourseSample = {
  id: 'pod-nginx-unprivileged',
  lang: 'yaml',
  file: 'secure-app.yaml',
  text: `apiVersion: v1
kind: Pod
metadata:
  name: secure-app
  namespace: production
  labels:
    app: secure-app
spec:
  # 선택: 노드가 커널 6.3 이상, containerd 2.0 이상 또는 CRI-O 1.25 이상(runc 1.2 이상 또는 crun 1.9 이상)이면
  # 여기에 "hostUsers: false"를 더해 user namespace를 씁니다
  automountServiceAccountToken: false
  securityContext:
    runAsNonRoot: true
    # nginx-unprivileged 이미지에 들어 있는 사용자
    runAsUser: 101
    runAsGroup: 101
    fsGroup: 101
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      # 8080에서 listen하고 pid와 임시 파일을 /tmp에 씁니다. 실제 운영에서는 digest로 고정합니다
      image: ${NGINX_UNPRIVILEGED_IMAGE}
      ports:
        - containerPort: 8080
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: ["ALL"]
      resources:
        requests:
          cpu: 50m
          memory: 64Mi
        limits:
          memory: 128Mi
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
`,
};
