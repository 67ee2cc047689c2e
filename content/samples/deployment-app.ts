/**
 * ERRATA §2.3 (Deployment): the seed's Deployment made valid and restricted-ready (chapter
 * kubernetes-security), and the same Deployment reading its password from a Secret (chapter hands-on).
 */
import { insertBefore, type CourseSample } from './types';

export const deploymentApp: CourseSample = {
  id: 'deployment-app',
  lang: 'yaml',
  file: 'deployment.yaml',
  text: `apiVersion: apps/v1
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

/** The password comes from the Secret db-secret (made by ESO in production), never from the image. */
export const deploymentAppSecret: CourseSample = {
  id: 'deployment-app-secret',
  lang: 'yaml',
  file: 'deployment.yaml',
  text: insertBefore(
    deploymentApp.text,
    '          securityContext:',
    `          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-secret
                  key: password
`,
  ),
};
