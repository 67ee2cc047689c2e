import type { ShellNode } from '../../dockerfile/model';
import { commandsIn } from '../../dockerfile/model';
import type { DockerfileRule } from '../../rule';
import { effective, runs } from '../_shared/dockerfile';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch']);
const INTERPRETERS = new Set([
  'sh',
  'bash',
  'zsh',
  'dash',
  'ash',
  'ksh',
  'mksh',
  'fish',
  'busybox',
  'python',
  'python2',
  'python3',
  'perl',
  'ruby',
  'node',
  'php',
]);

/** `$(curl ...)`, `` `wget ...` ``, `<(curl ...)` inside an argument. */
const SUBST_DOWNLOAD = /(?:\$\(|`|<\()\s*(?:sudo\s+)?(curl|wget)\b/;

function isInterpreter(name: string | null): name is string {
  return name !== null && (INTERPRETERS.has(name) || /^(?:python|perl|ruby|php|node)\d+(?:\.\d+)*$/.test(name));
}

/** The interpreter that the first command of a pipeline part runs (`sh`, `bash -s --`, `sudo python3 -`), or null. */
function interpreterOf(node: ShellNode): string | null {
  const cmds = commandsIn(node);
  if (cmds.length === 0) return null;
  const name = effective(cmds[0]).name;
  return isInterpreter(name) ? name : null;
}

export const curlPipeShell: DockerfileRule = {
  meta: {
    id: 'docker/curl-pipe-shell',
    severity: 'error',
    target: 'dockerfile',
    title: { ko: '내려받은 스크립트를 바로 셸로 실행(curl | sh)', en: 'Downloaded script piped into a shell (curl | sh)' },
    why: {
      ko: 'curl ... | sh는 서버가 보내는 내용을 검증 없이 root로 실행합니다. 서버·CDN·DNS가 침해되거나 다운로드가 중간에 끊겨도 그대로 실행되고, 빌드 때마다 다른 코드가 들어올 수 있습니다.',
      en: 'curl ... | sh runs whatever the server sends, unverified and usually as root. A compromised server, CDN or DNS, or a truncated download, is executed as is, and each build may run different code.',
    },
    fix: {
      ko: '스크립트나 바이너리를 파일로 받고(curl -fsSLO), 게시된 체크섬(sha256sum -c)이나 서명(cosign verify-blob, gpg --verify)을 확인한 다음 실행하세요. 가능하면 패키지 관리자나 버전이 고정된 릴리스를 씁니다.',
      en: 'Download to a file (curl -fsSLO), check the published checksum (sha256sum -c) or signature (cosign verify-blob, gpg --verify), then run it. Prefer a package manager or a pinned release.',
    },
    securitySeverity: 7.5,
    messages: {
      pipedIntoShell: {
        ko: '{{downloader}} 출력을 검증 없이 {{interp}}에 파이프로 넘겨 바로 실행합니다. 파일로 받아 체크섬(sha256sum -c)이나 서명을 확인한 뒤 실행하세요.',
        en: 'Content downloaded with {{downloader}} is piped straight into {{interp}} without verification. Download it to a file, verify its checksum (sha256sum -c) or signature, then run it.',
      },
      substitutedIntoShell: {
        ko: '{{downloader}} 다운로드 결과를 명령 치환으로 {{name}}에 넘겨 검증 없이 바로 실행합니다. 파일로 받아 체크섬(sha256sum -c)이나 서명을 확인한 뒤 실행하세요.',
        en: 'Content downloaded with {{downloader}} is handed to {{name}} through a substitution and runs without verification. Download it to a file, verify its checksum (sha256sum -c) or signature, then run it.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM debian:trixie-slim\nRUN curl -fsSL https://example.com/install.sh | sh\nUSER 10001\n',
          errors: [{ messageId: 'pipedIntoShell', line: 2, column: 5, endLine: 2, endColumn: 51 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM debian:trixie-slim\nRUN apt-get update && (wget -qO- https://example.com/setup | bash -s -- --yes)\nUSER 10001\n',
          errors: [{ messageId: 'pipedIntoShell', line: 2, column: 24, endLine: 2, endColumn: 78 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM debian:trixie-slim\nRUN curl -fsSLO https://example.com/tool.tar.gz \\\n && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  tool.tar.gz" | sha256sum -c - \\\n && tar -xzf tool.tar.gz\nUSER 10001\n',
        },
        { file: 'Dockerfile', text: 'FROM alpine:3.22\nRUN echo "curl https://x | sh" > /notes.txt\nUSER 10001\n' },
      ],
    },
  },
  check(df, ctx) {
    for (const run of runs(df)) {
      for (const p of run.pipelines) {
        // A downloader anywhere before the interpreter: `curl x | sh`, `curl x | tee log | sh`.
        let downloader: string | undefined;
        for (let i = 0; i < p.parts.length; i++) {
          const interp = downloader ? interpreterOf(p.parts[i]) : null;
          if (!interp) {
            downloader ??= commandsIn(p.parts[i])
              .map((c) => effective(c).name)
              .find((n): n is string => n !== null && DOWNLOADERS.has(n));
            continue;
          }
          ctx.report({
            messageId: 'pipedIntoShell',
            data: { downloader: downloader ?? '', interp },
            range: p.range,
          });
          break;
        }
      }
      // `sh -c "$(curl -fsSL ...)"`, `bash <(wget -qO- ...)`: the download runs without a pipe.
      for (const cmd of run.commands) {
        const e = effective(cmd);
        if (!isInterpreter(e.name)) continue;
        const m = e.args.map((a) => SUBST_DOWNLOAD.exec(a.text)).find((x) => x !== null);
        if (!m) continue;
        ctx.report({
          messageId: 'substitutedIntoShell',
          data: { downloader: m[1], name: e.name },
          range: cmd.range,
        });
      }
    }
  },
};
