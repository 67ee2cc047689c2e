import type { RunInstruction, ShellCommand } from '../../dockerfile/model';
import type { DockerfileRule } from '../../rule';
import { effective, finalChain, hasOption, runs, subcommand } from '../_shared/dockerfile';

const APT_VALUED = ['-o', '-c', '-t', '--target-release', '--option', '--config-file'];

function removes(run: RunInstruction, path: RegExp): boolean {
  return run.commands.some((c) => {
    const e = effective(c);
    return e.name === 'rm' && e.args.some((a) => path.test(a.value ?? a.text));
  });
}

function cacheMount(run: RunInstruction, target: RegExp): boolean {
  return run.flags.some(
    (f) =>
      f.name === 'mount' &&
      f.value !== null &&
      /(?:^|,)type=cache(?:,|$)/.test(f.value) &&
      f.value.split(',').some((kv) => target.test(kv.replace(/^(?:target|dst|destination)=/, ''))),
  );
}

function cleans(run: RunInstruction, tool: string): boolean {
  return run.commands.some((c) => {
    const e = effective(c);
    if (e.name !== tool) return false;
    const { sub, rest } = subcommand(e.args);
    return sub === 'clean' && rest.some((a) => a.value === 'all');
  });
}

export const pkgNoCleanup: DockerfileRule = {
  meta: {
    id: 'docker/pkg-no-cleanup',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: '패키지 관리자 캐시를 같은 RUN에서 지우지 않음', en: 'Package manager cache left in the layer' },
    why: {
      ko: '패키지 목록과 캐시(/var/lib/apt/lists, /var/cache/apk, yum/dnf 캐시)가 레이어에 남으면 이미지가 커지고, 오래된 패키지 메타데이터가 이미지와 함께 배포됩니다. 다음 RUN에서 지워도 이전 레이어에는 그대로 남으므로 같은 RUN에서 지워야 합니다. 추천 패키지까지 설치하면 쓰지 않는 패키지가 공격 표면을 넓힙니다. 최종 이미지에 들어가지 않는 빌드 stage는 검사하지 않습니다.',
      en: 'Package lists and caches (/var/lib/apt/lists, /var/cache/apk, yum/dnf caches) left in a layer bloat the image and ship stale metadata. Deleting them in a later RUN does not shrink the earlier layer, so clean up in the same RUN. Recommended packages add unused software to the attack surface. Builder stages that do not end up in the final image are not checked.',
    },
    fix: {
      ko: 'apt-get update && apt-get install -y --no-install-recommends <패키지> && rm -rf /var/lib/apt/lists/* 를 한 RUN에 쓰세요. Alpine은 apk add --no-cache, yum/dnf는 같은 RUN 끝에 yum clean all / dnf clean all을 붙입니다.',
      en: 'Write apt-get update && apt-get install -y --no-install-recommends <pkgs> && rm -rf /var/lib/apt/lists/* in one RUN. On Alpine use apk add --no-cache; with yum/dnf end the same RUN with yum clean all / dnf clean all.',
    },
    refs: {
      hadolint: 'DL3009 / DL3015 / DL3019 / DL3032 / DL3040',
      trivy: 'DS015 / DS019 / DS025 / DS029',
      url: 'https://docs.docker.com/build/building/best-practices/#apt-get',
    },
    securitySeverity: 2.0,
    messages: {
      aptListsKept: {
        ko: '{{name}} install 뒤 같은 RUN에서 rm -rf /var/lib/apt/lists/* 를 하지 않아 패키지 목록이 레이어에 남습니다.',
        en: '{{name}} install without rm -rf /var/lib/apt/lists/* in the same RUN leaves the package lists in the layer.',
      },
      aptRecommends: {
        ko: '{{name}} install에 --no-install-recommends가 없어 추천 패키지까지 설치됩니다. 필요한 패키지만 설치하세요.',
        en: '{{name}} install without --no-install-recommends also installs recommended packages. Install only what you need.',
      },
      apkCache: {
        ko: 'apk add에 --no-cache가 없어 패키지 인덱스 캐시가 레이어에 남습니다. apk add --no-cache를 쓰세요.',
        en: 'apk add without --no-cache leaves the package index cache in the layer. Use apk add --no-cache.',
      },
      yumCache: {
        ko: '{{name}} install 뒤 같은 RUN에서 {{name}} clean all을 하지 않아 캐시가 레이어에 남습니다.',
        en: '{{name}} install without {{name}} clean all in the same RUN leaves the cache in the layer.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER 10001\n',
          errors: [{ messageId: 'aptListsKept', line: 2, column: 23, endLine: 2, endColumn: 70 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nRUN apk add curl\nUSER 10001\n',
          errors: [{ messageId: 'apkCache', line: 2, column: 5, endLine: 2, endColumn: 17 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM debian:trixie-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
        },
        { file: 'Dockerfile', text: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\n' },
      ],
    },
  },
  check(df, ctx) {
    // Only layers of the final image matter: a builder stage is thrown away.
    const chain = finalChain(df);
    for (const run of runs(df)) {
      if (chain.has(run.stage)) for (const cmd of run.commands) check(run, cmd);
    }
    function check(run: RunInstruction, cmd: ShellCommand) {
      const e = effective(cmd);
      if (e.name === 'apt-get' || e.name === 'apt') {
        const { sub, rest } = subcommand(e.args, APT_VALUED);
        if (sub !== 'install') return;
        if (!removes(run, /^\/var\/lib\/apt\/lists(?:\/\*?)?$/) && !cacheMount(run, /^\/var\/lib\/apt(?:\/lists)?\/?$/)) {
          ctx.report({
            messageId: 'aptListsKept',
            data: { name: e.name },
            range: cmd.range,
          });
        }
        const noRecommends =
          hasOption(e.args, '--no-install-recommends') ||
          [...e.args, ...rest].some((a) => /^APT::Install-Recommends=(?:false|0|"false")$/i.test(a.value ?? ''));
        if (!noRecommends) {
          ctx.report({
            messageId: 'aptRecommends',
            data: { name: e.name },
            range: cmd.range,
            severity: 'info',
          });
        }
        return;
      }
      if (e.name === 'apk') {
        const { sub } = subcommand(e.args, ['-X', '--repository', '-t', '--virtual', '-p', '--root']);
        if (sub !== 'add' || hasOption(e.args, '--no-cache')) return;
        if (removes(run, /^\/var\/cache\/apk(?:\/\*?)?$/) || cacheMount(run, /^\/var\/cache\/apk\/?$/)) return;
        ctx.report({
          messageId: 'apkCache',
          range: cmd.range,
        });
        return;
      }
      if (e.name === 'yum' || e.name === 'dnf' || e.name === 'microdnf') {
        const { sub } = subcommand(e.args, ['-c', '--config', '--setopt', '--releasever', '--installroot']);
        if (sub !== 'install') return;
        if (cleans(run, e.name) || removes(run, /^\/var\/cache\/(?:yum|dnf)(?:\/\*?)?$/) || cacheMount(run, /^\/var\/cache\/(?:yum|dnf)\/?$/)) return;
        ctx.report({
          messageId: 'yumCache',
          data: { name: e.name },
          range: cmd.range,
        });
      }
    }
  },
};
