import type { DockerfileRule } from '../../rule';
import { effectiveUserOf, isRootName } from '../../dockerfile/vars';

export const userNonNumeric: DockerfileRule = {
  meta: {
    id: 'docker/user-non-numeric',
    severity: 'info',
    target: 'dockerfile',
    title: { ko: 'USER가 이름으로 지정됨(숫자 UID 권장)', en: 'USER is a name, not a numeric UID' },
    why: {
      ko: 'kubelet은 이미지의 USER가 숫자일 때만 runAsNonRoot를 확인할 수 있습니다. USER nodejs처럼 이름이면 "non-numeric user"로 Pod 생성이 거부되거나, Pod에 runAsUser를 따로 적어야 합니다.',
      en: 'The kubelet can only verify runAsNonRoot when the image USER is numeric. With a name such as USER nodejs, the pod is refused ("non-numeric user") unless the pod spec sets runAsUser.',
    },
    fix: {
      ko: '같은 사용자를 숫자 UID(와 GID)로 지정하세요. 예: USER 1000:1000 (공식 node 이미지의 node 사용자), USER 65532:65532 (distroless nonroot).',
      en: 'Name the same user by numeric UID (and GID), e.g. USER 1000:1000 (the node user of official node images) or USER 65532:65532 (distroless nonroot).',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted' },
    securitySeverity: 2.0,
    messages: {
      userNonNumeric: {
        ko: 'USER "{{user}}"처럼 이름으로 지정하면 kubelet이 runAsNonRoot를 확인할 수 없습니다. 같은 사용자의 숫자 UID를 쓰세요(예: USER 1000:1000).',
        en: 'USER "{{user}}" is a name, so the kubelet cannot verify runAsNonRoot. Use the numeric UID of the same user (e.g. USER 1000:1000).',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
          errors: [{ messageId: 'userNonNumeric', line: 4, column: 6, endLine: 4, endColumn: 10 }],
        },
      ],
      good: [{ file: 'Dockerfile', text: 'FROM node:24-alpine\nWORKDIR /app\nCOPY . .\nUSER 1000:1000\nCMD ["node", "server.js"]\n' }],
    },
  },
  check(df, ctx) {
    const stage = df.finalStage;
    if (!stage) return;
    const eff = effectiveUserOf(df, stage);
    const user = eff.ins;
    if (!user || eff.user === null || isRootName(eff.user) || /^\d+$/.test(eff.user)) return;
    ctx.report({
      messageId: 'userNonNumeric',
      data: { user: eff.user },
      range: user.valueRange,
    });
  },
};
