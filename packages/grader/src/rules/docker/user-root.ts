import type { DockerfileRule } from '../../rule';
import { effectiveUserOf, isRootName } from '../../dockerfile/vars';

export const userRoot: DockerfileRule = {
  meta: {
    id: 'docker/user-root',
    severity: 'error',
    target: 'dockerfile',
    title: { ko: '최종 이미지가 root로 실행됨', en: 'The final image runs as root' },
    why: {
      ko: 'USER가 없거나 마지막 USER가 root(0)이면 컨테이너 프로세스가 UID 0으로 실행됩니다. 애플리케이션 취약점이나 컨테이너 탈출이 곧 root 권한 획득으로 이어지고, Kubernetes의 runAsNonRoot 정책에도 막힙니다. 빌드 stage는 최종 이미지에 남지 않으므로 root여도 괜찮습니다.',
      en: 'Without USER, or with a last USER of root (0), the container process runs as UID 0. An application bug or a container escape then starts with root privileges, and Kubernetes runAsNonRoot rejects the pod. Builder stages do not end up in the final image, so root is fine there.',
    },
    fix: {
      ko: '최종 stage의 끝에 숫자 UID로 비루트 사용자를 지정하세요. 예: RUN adduser -D -u 10001 appuser 다음 줄에 USER 10001:10001. 공식 node 이미지는 USER 1000:1000(node), distroless는 :nonroot 태그나 USER 65532:65532를 쓰면 됩니다.',
      en: 'End the final stage with a non-root numeric user, e.g. RUN adduser -D -u 10001 appuser, then USER 10001:10001 on its own line. Official node images ship USER 1000:1000 (node); distroless has the :nonroot tag or USER 65532:65532.',
    },
    refs: { hadolint: 'DL3002', trivy: 'DS002 / AVD-DS-0002', cis: '4.1', url: 'https://docs.docker.com/reference/dockerfile/#user' },
    securitySeverity: 7.0,
    messages: {
      noUser: {
        ko: '최종 stage에 USER가 없어 컨테이너가 root(UID 0)로 실행됩니다. 최종 stage 끝에 USER 10001:10001처럼 비루트 숫자 UID를 지정하세요.',
        en: 'The final stage has no USER, so the container runs as root (UID 0). End the final stage with a non-root numeric USER such as USER 10001:10001.',
      },
      unknownUser: {
        ko: 'USER {{value}}: 기본값이 없는 빌드 인수라 docker build가 무엇을 넣느냐에 따라 root가 될 수 있습니다. 숫자 UID를 직접 쓰거나 ARG에 비루트 기본값을 주세요.',
        en: 'USER {{value}} uses a build argument without a default, so the build command decides the user, root included. Write the numeric UID, or give the ARG a non-root default.',
      },
      rootUser: {
        ko: '최종 이미지의 마지막 USER가 "{{value}}"(root)입니다. 컨테이너가 UID 0으로 실행됩니다. 비루트 숫자 UID(예: USER 10001:10001)로 바꾸세요.',
        en: 'The last USER of the final image is "{{value}}" (root), so the container runs as UID 0. Switch to a non-root numeric UID (e.g. USER 10001:10001).',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nCMD ["sh"]\n',
          errors: [{ messageId: 'noUser', line: 1, column: 1, endLine: 1, endColumn: 17 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nUSER 10001\nUSER root\nCMD ["sh"]\n',
          errors: [{ messageId: 'rootUser', line: 3, column: 6, endLine: 3, endColumn: 10 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nARG UID=0\nUSER ${UID}\nCMD ["sh"]\n',
          errors: [{ messageId: 'rootUser', line: 3, column: 6, endLine: 3, endColumn: 12 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nARG UID\nUSER $UID\nCMD ["sh"]\n',
          errors: [{ messageId: 'unknownUser', line: 3, column: 6, endLine: 3, endColumn: 10 }],
        },
      ],
      good: [
        { file: 'Dockerfile', text: 'FROM alpine:3.22\nRUN adduser -D -u 10001 appuser\nUSER 10001:10001\nCMD ["sh"]\n' },
        {
          file: 'Dockerfile',
          text: 'FROM golang:1.25 AS build\nRUN go build -o /app .\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
        },
      ],
    },
  },
  check(df, ctx) {
    const stage = df.finalStage;
    if (!stage) return;
    const eff = effectiveUserOf(df, stage);
    const user = eff.ins;
    if (!user) {
      const base = eff.baseImage;
      // Images whose tag says they default to a non-root user (distroless :nonroot, :debug-nonroot).
      if (base.tag && /(^|-)nonroot$/.test(base.tag)) return;
      ctx.report({
        messageId: 'noUser',
        range: stage.from.range,
      });
      return;
    }
    if (eff.user === null) {
      ctx.report({ messageId: 'unknownUser', data: { value: user.value }, range: user.valueRange });
      return;
    }
    if (isRootName(eff.user)) {
      ctx.report({
        messageId: 'rootUser',
        data: { value: user.value === eff.value ? user.value : `${user.value} (= ${eff.value || '""'})` },
        range: user.valueRange,
      });
    }
  },
};
