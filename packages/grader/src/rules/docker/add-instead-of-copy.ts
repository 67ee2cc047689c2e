import type { DockerfileRule } from '../../rule';

/** Local archives that ADD extracts (tar with optional compression); COPY would copy them as files. */
const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tar\.lzma)$/i;
const REMOTE = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;

export const addInsteadOfCopy: DockerfileRule = {
  meta: {
    id: 'docker/add-instead-of-copy',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: '로컬 파일에 ADD 사용(COPY로 충분)', en: 'ADD used for local files (COPY does the job)' },
    why: {
      ko: 'ADD는 원격 URL을 내려받고 tar 아카이브를 자동으로 풀어 동작이 예상보다 큽니다. 파일을 그대로 복사할 때 ADD를 쓰면, 나중에 아카이브가 섞여 들어왔을 때 의도치 않게 풀리는 등 동작이 불투명해집니다.',
      en: 'ADD also downloads URLs and unpacks tar archives, so it does more than it says. Using it to copy plain files hides intent, and an archive that slips into the sources gets unpacked unexpectedly.',
    },
    fix: {
      ko: '로컬 파일과 디렉터리는 COPY로 복사하세요. ADD는 로컬 tar 아카이브를 풀 때만 씁니다.',
      en: 'Copy local files and directories with COPY. Keep ADD for unpacking a local tar archive.',
    },
    refs: { hadolint: 'DL3020', trivy: 'DS005 / AVD-DS-0005', cis: '4.9', url: 'https://docs.docker.com/build/building/best-practices/#add-or-copy' },
    securitySeverity: 3.0,
    messages: {
      addInsteadOfCopy: {
        ko: 'ADD로 로컬 파일({{sources}})을 복사합니다. 압축 해제나 다운로드가 필요 없으면 COPY를 쓰세요.',
        en: 'ADD copies local files ({{sources}}). Use COPY unless you need ADD to unpack an archive.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nADD app.sh /usr/local/bin/app.sh\nUSER 10001\n',
          errors: [{ messageId: 'addInsteadOfCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }],
        },
      ],
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nCOPY app.sh /usr/local/bin/app.sh\nADD rootfs.tar.gz /\nUSER 10001\n' }],
    },
  },
  check(df, ctx) {
    for (const ins of df.instructions) {
      if (ins.kind !== 'add' || ins.sources.length === 0) continue;
      const local = ins.sources.filter((s) => !REMOTE.test(s.value) && !ARCHIVE.test(s.value));
      if (local.length !== ins.sources.length || local.some((s) => s.dynamic)) continue;
      ctx.report({
        messageId: 'addInsteadOfCopy',
        data: { sources: local.map((s) => s.value).join(', ') },
        range: ins.keywordRange,
      });
    }
  },
};
