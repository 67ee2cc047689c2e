import type { ShellWord } from '../../dockerfile/model';
import type { DockerfileRule } from '../../rule';
import { effective, positionals, runs, subcommand } from '../_shared/dockerfile';

const APT_VALUED = ['-o', '-c', '-t', '--target-release', '--option', '--config-file'];
const APK_VALUED = ['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--keys-dir'];
const PIP_VALUED = [
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--src',
  '--upgrade-strategy',
  '--trusted-host',
  '--cache-dir',
  '--progress-bar',
  '--log',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--only-binary',
  '--no-binary',
  '--report',
  '--root-user-action',
];

const name = (w: ShellWord) => w.value ?? w.text;

export const pkgUnpinned: DockerfileRule = {
  meta: {
    id: 'docker/pkg-unpinned',
    severity: 'info',
    target: 'dockerfile',
    title: { ko: '패키지 버전이 고정되지 않음', en: 'Packages installed without versions' },
    why: {
      ko: '버전 없이 설치하면 빌드 시점마다 다른 버전이 들어와 재현이 안 되고, 문제가 생긴 버전을 추적하기 어렵습니다.',
      en: 'Without versions every build may get different packages: builds are not reproducible and a bad version is hard to trace.',
    },
    fix: {
      ko: '버전을 명시하세요: apt-get install curl=8.14.1-2, apk add curl=8.14.1-r1, pip install requests==2.32.5 (또는 해시가 고정된 requirements.txt + --require-hashes). 베이스 이미지 다이제스트 고정과 함께 쓰면 효과가 큽니다.',
      en: 'Pin versions: apt-get install curl=8.14.1-2, apk add curl=8.14.1-r1, pip install requests==2.32.5 (or a hashed requirements.txt with --require-hashes), together with a pinned base image digest.',
    },
    refs: { hadolint: 'DL3008 / DL3018 / DL3013', url: 'https://docs.docker.com/build/building/best-practices/#apt-get' },
    securitySeverity: 1.5,
    messages: {
      pkgUnpinned: {
        ko: '{{tool}}에서 버전이 고정되지 않은 패키지: {{list}}. 빌드마다 다른 버전이 들어올 수 있으니 버전을 명시하세요.',
        en: '{{tool}} installs packages without versions: {{list}}. Pin their versions for reproducible builds.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir flask\nUSER 10001\n',
          errors: [{ messageId: 'pkgUnpinned', line: 2, column: 5, endLine: 2, endColumn: 37 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir flask==3.1.2 && pip install --no-cache-dir -r requirements.txt\nUSER 10001\n',
        },
      ],
    },
  },
  check(df, ctx) {
    for (const run of runs(df)) {
      for (const cmd of run.commands) {
        const e = effective(cmd);
        let tool: string | null = null;
        let pkgs: ShellWord[] = [];
        if (e.name === 'apt-get' || e.name === 'apt') {
          const { sub, rest } = subcommand(e.args, APT_VALUED);
          if (sub !== 'install') continue;
          tool = `${e.name} install`;
          pkgs = positionals(rest, APT_VALUED).filter((w) => !/[=/]|\.deb$/.test(name(w)));
        } else if (e.name === 'apk') {
          const { sub, rest } = subcommand(e.args, APK_VALUED);
          if (sub !== 'add') continue;
          tool = 'apk add';
          pkgs = positionals(rest, APK_VALUED).filter((w) => !/[=~<>/]|\.apk$/.test(name(w)));
        } else {
          let args = e.args;
          const isPython = e.name !== null && /^python\d*(?:\.\d+)?$/.test(e.name);
          if (isPython && args.length > 1 && name(args[0]) === '-m' && /^pip\d*$/.test(name(args[1]))) args = args.slice(2);
          else if (!(e.name !== null && /^pip\d*(?:\.\d+)?$/.test(e.name))) continue;
          const { sub, rest } = subcommand(args, PIP_VALUED);
          if (sub !== 'install') continue;
          tool = 'pip install';
          pkgs = positionals(rest, PIP_VALUED).filter((w) => !/[=<>~@/]|^\.|\.(?:whl|tar\.gz|zip)$/.test(name(w)));
        }
        pkgs = pkgs.filter((w) => !name(w).includes('$'));
        if (pkgs.length === 0) continue;
        const list = pkgs.map(name).join(', ');
        ctx.report({
          messageId: 'pkgUnpinned',
          data: { tool, list },
          range: cmd.range,
        });
      }
    }
  },
};
