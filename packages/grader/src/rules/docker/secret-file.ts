import type { DockerfileRule } from '../../rule';
import { sourceOf } from '../_shared/escalation-paths';

/** File names that hold credentials (templates such as .env.example excepted). */
const SECRET_FILE =
  /(?:^|\/)(?:\.env(?:\.(?!example$|sample$|template$|dist$)[\w.-]+)?|[^/]*\.(?:pem|key|p12|pfx|jks|keystore)|id_(?:rsa|dsa|ecdsa|ed25519)|\.npmrc|\.netrc|\.pypirc|\.git-credentials|credentials(?:\.json)?|kubeconfig|\.dockercfg|\.ssh|\.aws|\.gnupg|secrets?)\/?$/;
/** An assignment of a credential in a heredoc body: `DB_PASSWORD=...`, `api_key: ...`. */
const SECRET_ASSIGNMENT = /(?:^|\n)\s*[\w.-]*(?:password|passwd|secret|token|api[_-]?key|private[_-]?key)[\w.-]*\s*[=:]\s*\S/i;

export const secretFile: DockerfileRule = {
  meta: {
    id: 'docker/secret-file',
    severity: 'error',
    target: 'dockerfile',
    title: { ko: '비밀 파일이 이미지 레이어에 들어감', en: 'A secret file ends up in an image layer' },
    why: {
      ko: 'COPY .env, 키 파일, 자격 증명, 비밀이 적힌 heredoc, 그리고 secret mount의 내용을 파일로 옮기는 RUN은 비밀을 이미지 레이어에 남깁니다. 뒤에서 지워도 앞 레이어에 그대로 있고, 이미지를 받을 수 있는 누구나 꺼낼 수 있습니다.',
      en: 'COPY .env, key files, credentials, a heredoc holding secrets, and a RUN that writes a secret mount out to a file leave the secret in an image layer. Deleting it later keeps it in the earlier layer, for anyone who can pull the image.',
    },
    fix: {
      ko: '빌드 중에만 필요한 비밀은 RUN --mount=type=secret으로 넘기고 파일로 저장하지 마세요. 실행에 필요한 비밀은 Kubernetes Secret으로 주입합니다. .dockerignore에 .env, *.pem, .git을 넣어 COPY . .에도 들어가지 않게 하세요.',
      en: 'Pass build-only secrets with RUN --mount=type=secret and never save them to a file; inject runtime secrets from a Kubernetes Secret. List .env, *.pem and .git in .dockerignore so that COPY . . leaves them out too.',
    },
    refs: { trivy: 'DS031 / AVD-DS-0031', url: 'https://docs.docker.com/build/building/secrets/' },
    securitySeverity: 8.0,
    messages: {
      secretSource: {
        ko: '{{keyword}} {{source}}: 비밀 파일을 이미지 레이어에 복사합니다.',
        en: '{{keyword}} {{source}} copies a secret file into an image layer.',
      },
      heredocSecret: {
        ko: '{{keyword}} heredoc이 비밀 값을 {{dest}}에 씁니다. 이미지 레이어에 그대로 남습니다.',
        en: 'The {{keyword}} heredoc writes a secret value to {{dest}}, which stays in the image layer.',
      },
      mountWritten: {
        ko: 'secret mount "{{id}}"의 값을 파일로 옮깁니다. mount는 레이어에 남지 않지만 이렇게 쓴 파일은 남습니다.',
        en: 'The value of secret mount "{{id}}" is written to a file: the mount leaves no layer, the file does.',
      },
    },
    examples: {
      good: [
        {
          file: 'Dockerfile',
          text: '# syntax=docker/dockerfile:1\nFROM node:24-alpine\nCOPY .env.example /app/.env.example\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\nUSER 1000:1000\n',
        },
      ],
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine\nCOPY .env /app/.env\nUSER 1000:1000\n',
          errors: [{ messageId: 'secretSource', line: 2, column: 6, endLine: 2, endColumn: 10 }],
        },
        {
          file: 'Dockerfile',
          text: '# syntax=docker/dockerfile:1\nFROM alpine:3.22\nRUN --mount=type=secret,id=db cp /run/secrets/db /app/db-password\nUSER 10001\n',
          errors: [{ messageId: 'mountWritten', line: 3, column: 5, endLine: 3, endColumn: 30 }],
        },
      ],
    },
  },
  check(df, ctx) {
    for (const ins of df.instructions) {
      if (ins.kind === 'copy' || ins.kind === 'add') {
        // COPY --from copies between stages: the secret check belongs to the stage that made the file.
        if (ins.flags.some((f) => f.name === 'from')) continue;
        for (const src of ins.sources) {
          if (SECRET_FILE.test(src.value.replace(/\/+$/, '')))
            ctx.report({ messageId: 'secretSource', data: { keyword: ins.keyword, source: src.value }, range: src.range });
        }
        const body = sourceOf(df, ins);
        const nl = body.indexOf('\n');
        if (/<<-?\s*["']?\w/.test(body.slice(0, nl < 0 ? body.length : nl)) && SECRET_ASSIGNMENT.test(body.slice(nl + 1))) {
          ctx.report({ messageId: 'heredocSecret', data: { keyword: ins.keyword, dest: ins.dest?.value ?? '' }, range: ins.keywordRange });
        }
      }
      if (ins.kind !== 'run') continue;
      for (const flag of ins.flags) {
        if (flag.name !== 'mount' || !flag.value || !/(?:^|,)type=secret(?:,|$)/.test(flag.value)) continue;
        const kv = new Map(
          flag.value.split(',').map((p) => [p.slice(0, p.indexOf('=') < 0 ? p.length : p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const),
        );
        const id = kv.get('id') ?? kv.get('target')?.split('/').pop() ?? '';
        const target = kv.get('target') ?? kv.get('dst') ?? kv.get('destination') ?? `/run/secrets/${id}`;
        const env = kv.get('env');
        const script = sourceOf(df, ins);
        const mentions = script.includes(target) || (env !== undefined && new RegExp(`\\$\\{?${env}\\b`).test(script));
        const writes =
          /(?:^|[^0-9&>])>{1,2}\s*[^&\s]/.test(script.replace(/--mount=\S+/g, '')) ||
          ins.commands.some((c) => ['cp', 'mv', 'tee', 'install', 'dd', 'ln', 'rsync'].includes((c.name ?? '').split('/').pop()!));
        if (mentions && writes) ctx.report({ messageId: 'mountWritten', data: { id }, range: flag.range });
      }
    }
  },
};
