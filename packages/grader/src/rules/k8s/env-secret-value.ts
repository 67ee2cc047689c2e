import type { YamlRule } from '../../rule';
import { asArray, asRecord, containerLabel, containersOf, podSpecOf } from '../../k8s';

const pod = (env: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      env:
${env}`;

/** Variable names that hold a secret ('DB_PASSWORD', 'apiKey'), after camelCase -> SNAKE_CASE. */
const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?|AUTH)(_|$)/;
/** Names that point at a secret rather than hold it ('DB_PASSWORD_FILE', 'TOKEN_URL'). */
const REFERENCE_NAME = /_(FILE|PATH|DIR|NAME|REF|URL|URI|ENDPOINT|ID|HEADER|TYPE|ENABLED|MODE|EXPIRY|TTL|LENGTH)$/;
/** Values that are credentials whatever the name. */
const SECRET_VALUE = [
  /AKIA[0-9A-Z]{16}/, // AWS access key id
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}/, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,}/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack
  /\bsk_live_[A-Za-z0-9]{16,}/, // Stripe
  /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./, // JWT
];

function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-.]/g, '_')
    .toUpperCase();
}

export function looksSecret(name: string, value: string): boolean {
  if (SECRET_VALUE.some((re) => re.test(value))) return true;
  const n = snake(name);
  if (!SECRET_NAME.test(n) || REFERENCE_NAME.test(n)) return false;
  // $(OTHER_VAR) only references another variable.
  return !/^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(value.trim());
}

export const envSecretValue: YamlRule = {
  meta: {
    id: 'k8s/env-secret-value',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: '환경 변수에 평문 비밀값', en: 'Plaintext secret in an environment variable' },
    why: {
      ko: 'env[].value에 적은 비밀번호/토큰은 매니페스트와 Git 이력에 평문으로 남고, kubectl get/describe 권한만 있으면 누구나 읽을 수 있습니다.',
      en: 'A password or token in env[].value stays in plaintext in the manifest and Git history, readable by anyone who can get/describe the object.',
    },
    fix: {
      ko: 'Secret(ESO, Sealed Secrets, SOPS로 관리)에 두고 valueFrom.secretKeyRef로 참조하세요. 가능하면 환경 변수 대신 파일(볼륨)로 마운트하세요.',
      en: 'Keep it in a Secret (managed by ESO, Sealed Secrets or SOPS) and use valueFrom.secretKeyRef; prefer a mounted file over an environment variable.',
    },
    refs: { kubeLinter: 'env-var-secret', cis: '5.4.1' },
    securitySeverity: 7.5,
    messages: {
      envSecretValue: {
        ko: '{{containerLabel}}: 환경 변수 {{name}}에 비밀값이 평문으로 들어 있습니다. Secret에 두고 valueFrom.secretKeyRef로 참조하세요.',
        en: '{{containerLabel}}: environment variable {{name}} holds a plaintext secret; use valueFrom.secretKeyRef.',
      },
    },
    examples: {
      good: [
        {
          file: 'pod.yaml',
          text: pod(
            '        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db-secret\n              key: password\n',
          ),
        },
      ],
      bad: [
        {
          file: 'pod.yaml',
          text: pod('        - name: DB_PASSWORD\n          value: secret123\n'),
          errors: [{ messageId: 'envSecretValue', line: 11, column: 18, endLine: 11, endColumn: 27 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const ps = podSpecOf(obj);
    if (!ps) return;
    for (const c of containersOf(ps.spec, ps.path)) {
      asArray(c.container.env).forEach((e, i) => {
        const env = asRecord(e);
        if (!env || typeof env.name !== 'string' || typeof env.value !== 'string' || env.value === '') return;
        if (!looksSecret(env.name, env.value)) return;
        ctx.report({
          messageId: 'envSecretValue',
          data: { containerLabel: containerLabel(c), name: env.name },
          range: obj.range([...c.path, 'env', i, 'value']),
        });
      });
    }
  },
};
