import type { DockerfileRule } from '../../rule';

export const addUrl: DockerfileRule = {
  meta: {
    id: 'docker/add-url',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: 'ADD로 URL을 체크섬 없이 다운로드', en: 'ADD downloads a URL without a checksum' },
    why: {
      ko: 'ADD <URL>은 받은 파일을 검증하지 않습니다. 서버나 경로가 바뀌거나 변조되면 다른 파일이 조용히 이미지에 들어가며, 빌드마다 내용이 달라질 수도 있습니다.',
      en: 'ADD <URL> does not verify what it downloads. If the server or the file changes or is tampered with, something else silently lands in the image, and builds stop being reproducible.',
    },
    fix: {
      ko: 'ADD --checksum=sha256:<해시> <URL> <대상>으로 해시를 고정하거나, RUN에서 curl -fsSLO로 받은 뒤 sha256sum -c로 검증하세요.',
      en: 'Pin the hash with ADD --checksum=sha256:<hash> <url> <dest>, or download with curl -fsSLO in RUN and verify with sha256sum -c.',
    },
    refs: { url: 'https://docs.docker.com/reference/dockerfile/#add---checksum' },
    securitySeverity: 5.5,
    messages: {
      addUrl: {
        ko: 'ADD가 URL {{url}}의 파일을 검증 없이 내려받습니다. ADD --checksum=sha256:<해시>로 고정하거나 curl로 받은 뒤 sha256sum -c로 확인하세요.',
        en: 'ADD downloads {{url}} without verification. Pin it with ADD --checksum=sha256:<hash>, or download with curl and check it with sha256sum -c.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nADD https://example.com/tool.tar.gz /opt/\nUSER 10001\n',
          errors: [{ messageId: 'addUrl', line: 2, column: 5, endLine: 2, endColumn: 36 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/\nUSER 10001\n',
        },
      ],
    },
  },
  check(df, ctx) {
    for (const ins of df.instructions) {
      if (ins.kind !== 'add') continue;
      if (ins.flags.some((f) => f.name === 'checksum' && f.value)) continue;
      for (const s of ins.sources) {
        if (!/^https?:\/\//i.test(s.value)) continue;
        ctx.report({
          messageId: 'addUrl',
          data: { url: s.value },
          range: s.range,
        });
      }
    }
  },
};
