import type { LabSolutions } from '../types';
import { lab } from './lab';

const [DEPLOYMENT, EXTERNAL_SECRET] = lab.files.map((f) => f.starter) as [string, string];
const REF =
  '          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: app-secrets\n                  key: database-password\n';
const FIXED_DEPLOYMENT = DEPLOYMENT.replace(/ {10}env:[\s\S]*$/, REF);
const V1 = EXTERNAL_SECRET.replace('external-secrets.io/v1beta1', 'external-secrets.io/v1');
const DATA_FROM_REWRITE = `  dataFrom:
    - extract:
        key: production/database
      rewrite:
        - regexp:
            source: "^(password)$"
            target: "database-\${1}"
`;
/** The reference ExternalSecret with its target block replaced. */
const target = (text: string) => ({
  'deployment.yaml': FIXED_DEPLOYMENT,
  'external-secret.yaml': V1.replace('    name: app-secrets\n    creationPolicy: Owner\n', text),
});

export const solutions: LabSolutions = {
  reference: { 'deployment.yaml': FIXED_DEPLOYMENT, 'external-secret.yaml': V1 },
  alternatives: [
    {
      // A new key name on both sides, and the SecretStore in the same file
      'deployment.yaml': FIXED_DEPLOYMENT.replace('name: app-secrets', 'name: db-credentials').replace('key: database-password', 'key: password'),
      'external-secret.yaml': `apiVersion: external-secrets.io/v1
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
            name: eso-reader
---
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: db-credentials
  namespace: production
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: SecretStore
  data:
    - secretKey: password
      remoteRef:
        key: production/database
        property: password
`,
    },
    {
      // dataFrom extract: every property of production/database (username, password) becomes a key of the same name
      'deployment.yaml': FIXED_DEPLOYMENT.replace('key: database-password', 'key: password'),
      'external-secret.yaml': V1.replace(/ {2}data:[\s\S]*$/, '  dataFrom:\n    - extract:\n        key: production/database\n').replace(
        'kind: SecretStore',
        'kind: ClusterSecretStore',
      ),
    },
    {
      // dataFrom extract with a rewrite that renames password to database-password (Go regexp, ${1})
      'deployment.yaml': FIXED_DEPLOYMENT,
      'external-secret.yaml': V1.replace(/ {2}data:[\s\S]*$/, DATA_FROM_REWRITE),
    },
    {
      // target.template: the Secret holds only the templated keys, built from the fetched value
      'deployment.yaml': FIXED_DEPLOYMENT,
      'external-secret.yaml': V1.replace(
        / {2}data:[\s\S]*$/,
        `    template:
      engineVersion: v2
      data:
        database-password: "{{ .password }}"
        database-url: "postgres://app:{{ .password | urlquery }}@db:5432/app"
  data:
    - secretKey: password
      remoteRef:
        key: production/database
        property: password
`,
      ),
    },
  ],
  bypasses: [
    { name: 'ExternalSecret 파일을 비운다', files: { 'deployment.yaml': FIXED_DEPLOYMENT, 'external-secret.yaml': '' } },
    { name: 'Deployment를 지운다', files: { 'deployment.yaml': '', 'external-secret.yaml': V1 } },
    { name: 'v1beta1을 그대로 둔다', files: { 'deployment.yaml': FIXED_DEPLOYMENT, 'external-secret.yaml': EXTERNAL_SECRET } },
    {
      name: 'stringData Secret을 직접 만든다',
      files: {
        'deployment.yaml': FIXED_DEPLOYMENT,
        'external-secret.yaml':
          'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: production\nstringData:\n  database-password: secret123\n',
      },
    },
    {
      name: '다른 Secret 이름을 참조한다',
      files: { 'deployment.yaml': FIXED_DEPLOYMENT.replace('name: app-secrets', 'name: db-secret'), 'external-secret.yaml': V1 },
    },
    {
      name: '키 이름이 맞지 않는다',
      files: { 'deployment.yaml': FIXED_DEPLOYMENT.replace('key: database-password', 'key: password'), 'external-secret.yaml': V1 },
    },
    {
      name: 'dataFrom이 만드는 키는 password뿐이다',
      files: {
        'deployment.yaml': FIXED_DEPLOYMENT,
        'external-secret.yaml': V1.replace(/ {2}data:[\s\S]*$/, '  dataFrom:\n    - extract:\n        key: production/database\n'),
      },
    },
    {
      name: 'rewrite가 다른 이름을 만든다',
      files: { 'deployment.yaml': FIXED_DEPLOYMENT, 'external-secret.yaml': V1.replace(/ {2}data:[\s\S]*$/, DATA_FROM_REWRITE.replace('database-', 'db-')) },
    },
    {
      name: 'template이 키를 대체한다',
      files: target('    name: app-secrets\n    template:\n      data:\n        database-url: "postgres://app:{{ .database-password }}@db/app"\n'),
    },
    { name: 'template이 고정된 값을 넣는다', files: target('    name: app-secrets\n    template:\n      data:\n        database-password: changeme\n') },
    {
      name: 'template에 평문 비밀번호',
      files: target('    name: app-secrets\n    template:\n      mergePolicy: Merge\n      data:\n        database-password: secret123\n'),
    },
    { name: 'creationPolicy: Merge', files: target('    name: app-secrets\n    creationPolicy: Merge\n') },
    { name: 'creationPolicy: None', files: target('    name: app-secrets\n    creationPolicy: None\n') },
    {
      name: '다른 Namespace에 만든다',
      files: { 'deployment.yaml': FIXED_DEPLOYMENT, 'external-secret.yaml': V1.replace('  namespace: production', '  namespace: staging') },
    },
    {
      name: 'envFrom으로 Secret 전체를 받는다',
      files: {
        'deployment.yaml': FIXED_DEPLOYMENT.replace(REF, '          envFrom:\n            - secretRef:\n                name: app-secrets\n'),
        'external-secret.yaml': V1,
      },
    },
  ],
};
