/** ERRATA §2.6: External Secrets Operator with the v1 API, SecretStore and ExternalSecret (chapter container-security). */
import type { CourseSample } from './types';

export const esoSecretStore: CourseSample = {
  id: 'eso-secret-store',
  lang: 'yaml',
  file: 'external-secret.yaml',
  text: `apiVersion: external-secrets.io/v1
kind: SecretStore
metadata:
  name: aws-secrets-manager
  namespace: production
spec:
  provider:
    aws:
      service: SecretsManager
      region: ap-northeast-2
      auth:
        jwt:
          serviceAccountRef:
            # IRSA 전용: eks.amazonaws.com/role-arn 어노테이션으로 IAM 역할을 받은 ServiceAccount
            name: eso-reader
---
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: app-secrets
  namespace: production
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
`,
};
