import type { ShellWord } from '../../dockerfile/model';
import type { DockerfileRule } from '../../rule';
import { effective, runs } from '../_shared/dockerfile';

/** Is this chmod mode world-writable? Octal with the others-write bit (sticky-bit modes such as 1777 for /tmp excepted), or symbolic o+w / a+w / a=rwx. */
export function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const sticky = (parseInt(digits[0], 8) & 1) === 1;
    return !sticky && (parseInt(digits[3], 8) & 2) === 2;
  }
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!m || !/[oa]/.test(m[1])) return false;
    return /[+=][rxXst]*w/.test(m[2]);
  });
}

export const chmodWorldWritable: DockerfileRule = {
  meta: {
    id: 'docker/chmod-world-writable',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: '모든 사용자에게 쓰기 권한(chmod 777 / o+w)', en: 'World-writable permissions (chmod 777 / o+w)' },
    why: {
      ko: '777·666·o+w는 컨테이너 안의 어떤 사용자·프로세스든 파일을 고칠 수 있게 합니다. 침입자가 앱 코드나 설정, 실행 파일을 바꿔 지속성을 얻거나 권한을 올리는 데 쓰입니다. 권한 오류를 777로 "해결"하는 것은 흔한 실수입니다.',
      en: '777, 666 and o+w let any user or process in the container modify the files. An intruder can then change application code, configuration or binaries to persist or escalate. "Fixing" a permission error with 777 is a common mistake.',
    },
    fix: {
      ko: '필요한 사용자에게만 권한을 주세요: 파일은 root 소유 + 644/755(읽기 전용)로 두고, 앱이 써야 하는 디렉터리만 COPY --chown=10001:10001 또는 chown 10001:10001 /app/data && chmod 750 으로 지정합니다. 쓰기 공간은 Kubernetes emptyDir 볼륨으로 주는 것이 좋습니다.',
      en: 'Grant only what is needed: keep files root-owned with 644/755, and give the app user only the directories it writes (COPY --chown=10001:10001, or chown 10001:10001 /app/data && chmod 750). Prefer an emptyDir volume for writable space in Kubernetes.',
    },
    refs: { url: 'https://docs.docker.com/build/building/best-practices/#user' },
    securitySeverity: 5.0,
    messages: {
      chmodWorldWritable: {
        ko: 'chmod {{mode}} 설정은 모든 사용자에게 쓰기 권한을 줍니다. 앱 사용자에게 필요한 디렉터리만 chown하고 750/640처럼 최소 권한을 주세요.',
        en: 'chmod {{mode}} makes the files writable by every user. chown only the directories the app user needs and use minimal modes such as 750/640.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nRUN mkdir /app && chmod -R 777 /app\nUSER 10001\n',
          errors: [{ messageId: 'chmodWorldWritable', line: 2, column: 28, endLine: 2, endColumn: 31 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nRUN touch /app.conf && chmod a+w /app.conf\nUSER 10001\n',
          errors: [{ messageId: 'chmodWorldWritable', line: 2, column: 30, endLine: 2, endColumn: 33 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nRUN mkdir -p /app/data && chown 10001:10001 /app/data && chmod 750 /app/data && chmod 1777 /tmp\nUSER 10001\n',
        },
      ],
    },
  },
  check(df, ctx) {
    for (const run of runs(df)) {
      for (const cmd of run.commands) {
        const e = effective(cmd);
        if (e.name !== 'chmod') continue;
        const mode = modeWord(e.args);
        if (!mode || mode.value === null || !worldWritable(mode.value)) continue;
        ctx.report({
          messageId: 'chmodWorldWritable',
          data: { mode: mode.value },
          range: mode.range,
        });
      }
    }
  },
};

/** The mode argument: the first argument that is not an option (`-R`, `--recursive`, `--reference=x`). */
function modeWord(args: ShellWord[]): ShellWord | null {
  for (const a of args) {
    const v = a.value ?? a.text;
    if (/^-[RfvchH]+$/.test(v) || v.startsWith('--')) continue;
    return a;
  }
  return null;
}
