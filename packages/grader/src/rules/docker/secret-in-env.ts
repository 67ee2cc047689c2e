import type { KeyValue } from '../../dockerfile/model';
import type { DockerfileRule } from '../../rule';

/** Name tokens that denote a credential on their own. */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PASSPHRASE', 'SECRET', 'SECRETS', 'TOKEN', 'CREDENTIAL', 'CREDENTIALS', 'APIKEY', 'PRIVATEKEY']);
/** `<word>_KEY` pairs that denote a credential (`KEY` alone, as in GPG_KEY, is usually a public fingerprint). */
const KEY_PREFIXES = new Set(['API', 'ACCESS', 'PRIVATE', 'SECRET', 'ENCRYPTION', 'SIGNING', 'MASTER', 'AUTH', 'LICENSE', 'CLIENT']);
/** A later token that turns the name into a setting about the secret, not the secret (TOKEN_TTL, PASSWORD_MIN_LENGTH, DB_PASSWORD_FILE). */
const NOT_SECRET_AFTER = new Set([
  'FILE',
  'PATH',
  'DIR',
  'TTL',
  'LENGTH',
  'LEN',
  'MIN',
  'MAX',
  'EXPIRY',
  'EXPIRES',
  'EXPIRATION',
  'TIMEOUT',
  'LIFETIME',
  'ENABLED',
  'REQUIRED',
  'TYPE',
  'HEADER',
  'NAME',
  'URL',
  'ENDPOINT',
  'ISSUER',
  'AUDIENCE',
  'POLICY',
  'ROTATION',
  'COUNT',
  'ID',
]);

const SECRET_VALUES: { re: RegExp; what: string }[] = [
  { re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, what: 'AWS access key' },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, what: 'GitHub token' },
  { re: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/, what: 'GitHub token' },
  { re: /\bglpat-[A-Za-z0-9_-]{20,}\b/, what: 'GitLab token' },
  { re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/, what: 'Slack token' },
  { re: /\bsk_live_[A-Za-z0-9]{16,}/, what: 'Stripe key' },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'Google API key' },
  { re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, what: 'private key' },
];

/** Is the ENV/ARG name one that holds a credential? */
export function isSecretName(name: string): boolean {
  const tokens = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  if (tokens.length === 1 && (tokens[0] === 'PWD' || tokens[0] === 'OLDPWD')) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const hit = SECRET_WORDS.has(t) || t === 'PWD' || (t === 'KEY' && i > 0 && KEY_PREFIXES.has(tokens[i - 1])) || /^(?:API|ACCESS|PRIVATE|SECRET)KEY$/.test(t);
    if (!hit) continue;
    if (tokens.slice(i + 1).some((x) => NOT_SECRET_AFTER.has(x))) return false;
    return true;
  }
  return false;
}

export function secretValueKind(value: string): string | null {
  for (const { re, what } of SECRET_VALUES) if (re.test(value)) return what;
  return null;
}

export const secretInEnv: DockerfileRule = {
  meta: {
    id: 'docker/secret-in-env',
    severity: 'error',
    target: 'dockerfile',
    title: { ko: 'ENV/ARG에 비밀 값', en: 'Secret in ENV or ARG' },
    why: {
      ko: 'ENV 값은 이미지 설정에, ARG 기본값은 빌드 history에 평문으로 남습니다. 이미지를 pull할 수 있는 누구나 docker history나 docker inspect로 읽을 수 있고, 나중에 지워도 이전 레이어와 레지스트리에 남습니다.',
      en: 'ENV values are stored in the image config and ARG defaults in the build history, in plain text. Anyone who can pull the image reads them with docker history or docker inspect, and deleting them later does not remove them from earlier layers or the registry.',
    },
    fix: {
      ko: '비밀은 실행 시점에 주입하세요: Kubernetes Secret(+ External Secrets Operator)을 env.valueFrom.secretKeyRef나 볼륨으로 연결합니다. 빌드에 필요한 비밀은 RUN --mount=type=secret,id=... 으로 전달합니다. 이미 이미지에 들어간 값은 유출된 것으로 보고 교체(rotate)하세요.',
      en: 'Inject secrets at run time: a Kubernetes Secret (with External Secrets Operator) through env.valueFrom.secretKeyRef or a volume. Secrets needed during the build go through RUN --mount=type=secret,id=... . Treat any value that was already in an image as leaked and rotate it.',
    },
    refs: { trivy: 'DS031 / AVD-DS-0031', cis: '4.10', url: 'https://docs.docker.com/build/building/secrets/' },
    securitySeverity: 8.5,
    messages: {
      secretArg: {
        ko: 'ARG {{key}}는 비밀 값을 빌드 인수로 받습니다. --build-arg로 넣은 값은 그 ARG를 쓰는 RUN과 함께 이미지 history에 남습니다. 빌드 중 비밀은 RUN --mount=type=secret으로 넘기세요.',
        en: 'ARG {{key}} takes a secret as a build argument: a value given with --build-arg stays in the image history with every RUN that uses it. Pass build secrets with RUN --mount=type=secret.',
      },
      secretInEnv: {
        ko: '{{keyword}} {{key}}에 {{what}}이 들어 있습니다. {{where}}. 이 값은 유출된 것으로 보고 교체(rotate)한 뒤, 실행 시점에 Kubernetes Secret으로 주입하세요(빌드 중에는 RUN --mount=type=secret).',
        en: '{{keyword}} {{key}} holds a {{kindEn}} value. {{whereEn}}: treat it as leaked and rotate it, then inject it at run time from a Kubernetes Secret (RUN --mount=type=secret during the build).',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine\nENV DB_PASSWORD=secret123\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
          errors: [{ messageId: 'secretInEnv', line: 2, column: 5, endLine: 2, endColumn: 26 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nARG GITHUB_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\nUSER 10001\nCMD ["sh"]\n',
          errors: [{ messageId: 'secretInEnv', line: 2, column: 5, endLine: 2, endColumn: 60 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nARG DB_PASSWORD\nRUN ./configure --db-password="$DB_PASSWORD"\nUSER 10001\n',
          errors: [{ messageId: 'secretArg', line: 2, column: 5, endLine: 2, endColumn: 16 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine\nENV NODE_ENV=production TOKEN_TTL=3600 PASSWORD_MIN_LENGTH=12 DB_PASSWORD_FILE=/run/secrets/db\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
        },
      ],
    },
  },
  check(df, ctx) {
    for (const ins of df.instructions) {
      if (ins.kind !== 'env' && ins.kind !== 'arg') continue;
      for (const p of ins.pairs) report(ins.keyword, p);
    }
    function report(keyword: string, p: KeyValue) {
      // BuildKit's SecretsUsedInArgOrEnv: a secret-named ARG is a leak whatever its default.
      if (keyword === 'ARG' && p.value === null && isSecretName(p.key)) {
        ctx.report({ messageId: 'secretArg', data: { key: p.key }, range: p.range });
        return;
      }
      if (p.value === null || p.value.trim() === '') return;
      const kind = secretValueKind(p.value);
      if (!kind && !isSecretName(p.key)) return;
      const where = keyword === 'ENV' ? 'ENV 값은 이미지 설정과 history에 영구히 남습니다' : 'ARG 값은 빌드 history에 남습니다';
      const whereEn = keyword === 'ENV' ? 'ENV values persist in the image config and history' : 'ARG values persist in the build history';
      const what = kind ? `${kind} 형식의 값` : '비밀 값';
      ctx.report({
        messageId: 'secretInEnv',
        data: { keyword, key: p.key, what, where, kindEn: kind ?? 'secret', whereEn },
        range: p.range,
      });
    }
  },
};
