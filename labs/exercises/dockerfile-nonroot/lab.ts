import { effectiveUserOf } from '@w7/grader';
import { fail, finalStage, isStage, noFindings, ok, runsProgram } from '../checks';
import type { LabMeta } from '../types';

const STARTER = `FROM alpine:3.22
COPY server /app/server
USER root
CMD ["/app/server"]
`;

const SECTION = 'hands-on#실전-사례-1-루트-사용자로-실행되는-이미지';

export const lab: LabMeta = {
  id: 'dockerfile-nonroot',
  title: 'Dockerfile: root로 실행하지 않기',
  summary:
    '실전 사례 1의 Dockerfile은 USER root로 실행됩니다. 앱(/app/server)은 그대로 실행되게 두고, 최종 이미지가 숫자 UID의 비루트 사용자로 실행되며 sudo나 setuid 파일로 root에 돌아갈 길도 없도록 고치세요.',
  files: [{ name: 'Dockerfile', language: 'dockerfile', starter: STARTER }],
  objectives: [
    {
      id: 'runs-app',
      title: '이미지는 여전히 alpine 위에서 /app/server를 실행한다',
      section: SECTION,
      check: (ctx) => runsProgram(ctx, 'Dockerfile', 'server', 'alpine'),
    },
    {
      id: 'non-root',
      title: '최종 이미지가 root가 아닌 사용자로 실행된다',
      rules: ['docker/user-root', 'docker/user-in-run'],
      section: SECTION,
      check: (ctx) => noFindings(ctx, 'Dockerfile', ['docker/user-root', 'docker/user-in-run'], '최종 이미지의 실행 사용자가 root가 아닙니다.'),
    },
    {
      id: 'numeric-user',
      title: '실행 사용자를 숫자 UID로 적어 runAsNonRoot가 확인할 수 있다',
      rules: ['docker/user-non-numeric'],
      section: 'container-security#최소-권한-원칙',
      check(ctx) {
        const stage = finalStage(ctx, 'Dockerfile');
        if (!isStage(stage)) return stage;
        const eff = effectiveUserOf(ctx.dockerfile('Dockerfile')!, stage);
        const user = eff.ins;
        if (!user) return fail('최종 이미지에 USER가 없습니다(같은 스테이지에도, FROM으로 이어받은 스테이지에도).', 'Dockerfile', stage.from.range);
        if (eff.user === null)
          return fail(`USER ${user.value}: 기본값이 없는 빌드 인수라 docker build가 무엇을 넣을지 알 수 없습니다.`, 'Dockerfile', user.valueRange);
        const shown = eff.value === user.value ? user.value : `${user.value} (= ${eff.value})`;
        if (!/^\d+$/.test(eff.user))
          return fail(
            `USER ${shown}: 이름 대신 숫자 UID(예: 10001:10001)를 쓰세요. kubelet은 이름만으로 비루트인지 알 수 없습니다.`,
            'Dockerfile',
            user.valueRange,
          );
        if (Number(eff.user) === 0) return fail(`USER ${shown}: UID 0은 root입니다.`, 'Dockerfile', user.valueRange);
        return ok(`USER ${shown}: 숫자 UID로 비루트 실행이 확인됩니다.`);
      },
    },
    {
      id: 'no-way-back',
      title: '이미지 안에 root로 돌아갈 길(setuid, setcap, sudo, doas)이 없다',
      rules: ['docker/root-escalation', 'docker/sudo'],
      section: SECTION,
      check: (ctx) =>
        noFindings(
          ctx,
          'Dockerfile',
          ['docker/root-escalation', 'docker/sudo'],
          '비루트 사용자가 root로 돌아갈 setuid 파일, capability, sudo/doas가 없습니다.',
        ),
    },
  ],
  hints: [
    'USER는 RUN 안에서 쓰는 명령이 아니라 Dockerfile 명령어입니다. 사용자를 만드는 RUN과 USER를 나누세요.',
    'alpine에서는 RUN adduser -D -u 10001 appuser로 사용자를 만들 수 있습니다. 이미 있는 nobody(65534)를 써도 됩니다.',
    'USER root를 USER 10001:10001로 바꾸고, 그 앞에 RUN adduser -D -u 10001 appuser를 넣으세요. /app/server는 root 소유로 두어도 실행됩니다. sudo 설치나 chmod u+s는 넣지 마세요.',
  ],
};
