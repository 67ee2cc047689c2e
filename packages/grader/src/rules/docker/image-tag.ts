import type { DockerfileRule } from '../../rule';
import { imageReleases } from '../../images/lifecycle';

export const imageTag: DockerfileRule = {
  meta: {
    id: 'docker/image-tag',
    severity: 'warning',
    target: 'dockerfile',
    title: {
      ko: '베이스 이미지 태그가 없거나 latest·stable 같은 움직이는 태그',
      en: 'Base image without a tag, or a moving tag (:latest, :stable, :lts-alpine)',
    },
    why: {
      ko: '태그가 없으면 latest가 쓰이고, latest는 가리키는 이미지가 수시로 바뀝니다. 같은 Dockerfile이 빌드할 때마다 다른 OS·런타임 버전을 받아 재현이 안 되고, 취약점 스캔 결과도 의미가 없어집니다.',
      en: 'Without a tag, latest is used, and latest moves. The same Dockerfile then builds on a different OS or runtime each time, builds are not reproducible, and scan results do not describe what you ship.',
    },
    fix: {
      ko: '버전 태그를 명시하세요(예: node:24-alpine). 공급망 보호를 위해서는 다이제스트까지 고정합니다: node:24-alpine@sha256:... (Renovate/Dependabot으로 갱신).',
      en: 'Name a version tag (e.g. node:24-alpine). For supply-chain safety pin the digest too: node:24-alpine@sha256:... and let Renovate or Dependabot update it.',
    },
    refs: { hadolint: 'DL3006 / DL3007', trivy: 'DS001 / AVD-DS-0001', url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions' },
    securitySeverity: 4.0,
    messages: {
      noTag: {
        ko: '베이스 이미지 {{shown}}에 태그가 없어 latest가 쓰입니다. 버전 태그(예: {{imageName}}:<버전>)나 다이제스트(@sha256:...)로 고정하세요.',
        en: 'Base image {{shown}} has no tag, so latest is used. Pin a version tag ({{imageName}}:<version>) or a digest (@sha256:...).',
      },
      latestTag: {
        ko: '베이스 이미지 {{shown}}에 latest 태그가 쓰였습니다. latest는 계속 바뀌므로 버전 태그나 다이제스트(@sha256:...)로 고정하세요.',
        en: 'Base image {{shown}} uses the latest tag, which keeps moving. Pin a version tag or a digest (@sha256:...).',
      },
      floatingTag: {
        ko: '베이스 이미지 {{shown}}의 태그 "{{tag}}"는 버전을 정하지 않는 움직이는 태그입니다(새 릴리스가 나오면 다른 버전을 받음). 버전 태그(예: {{imageName}}:<버전>-alpine)나 다이제스트(@sha256:...)로 고정하세요.',
        en: 'Base image {{shown}}: the tag "{{tag}}" names no version and moves to each new release. Pin a version tag ({{imageName}}:<version>-...) or a digest (@sha256:...).',
      },
    },
    examples: {
      bad: [
        { file: 'Dockerfile', text: 'FROM nginx\nUSER 101\n', errors: [{ messageId: 'noTag', line: 1, column: 6, endLine: 1, endColumn: 11 }] },
        { file: 'Dockerfile', text: 'FROM nginx:latest\nUSER 101\n', errors: [{ messageId: 'latestTag', line: 1, column: 6, endLine: 1, endColumn: 18 }] },
        {
          file: 'Dockerfile',
          text: 'FROM nginxinc/nginx-unprivileged:stable-alpine\nUSER 101\n',
          errors: [{ messageId: 'floatingTag', line: 1, column: 6, endLine: 1, endColumn: 47 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM golang:1.25 AS build\nRUN go build -o /app .\nFROM build AS test\nRUN go test ./...\nFROM scratch\nCOPY --from=build /app /app\nUSER 65532\nENTRYPOINT ["/app"]\n',
        },
        { file: 'Dockerfile', text: 'FROM nginxinc/nginx-unprivileged@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
      ],
    },
  },
  check(df, ctx) {
    for (const stage of df.stages) {
      if (stage.baseStage !== null || !stage.image) continue;
      const image = stage.resolvedImage;
      if (image === null || image.toLowerCase() === 'scratch' || stage.digest) continue;
      const shown = stage.argExpanded ? `${stage.image} (= ${image})` : image;
      if (stage.tag === null) {
        ctx.report({
          messageId: 'noTag',
          data: { shown, imageName: stage.imageName },
          range: stage.imageRange,
        });
      } else if (stage.tag === 'latest') {
        ctx.report({
          messageId: 'latestTag',
          data: { shown },
          range: stage.imageRange,
        });
      } else if (imageReleases(image).floating) {
        ctx.report({
          messageId: 'floatingTag',
          data: { shown, tag: stage.tag, imageName: stage.imageName },
          range: stage.imageRange,
        });
      }
    }
  },
};
