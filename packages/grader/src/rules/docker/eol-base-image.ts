import type { DockerfileRule } from '../../rule';
import { EOL_IMAGES, type EolEntry } from '../_shared/eol-images';
import { normalizeImageName } from '../_shared/dockerfile';

export function findEol(imageName: string, tag: string | null): EolEntry | null {
  const name = normalizeImageName(imageName);
  for (const e of EOL_IMAGES) {
    if (!e.name.test(name)) continue;
    if (e.tag && (tag === null || !e.tag.test(tag))) continue;
    return e;
  }
  return null;
}

function todayOf(option: string | undefined): string {
  if (option && /^\d{4}-\d{2}-\d{2}$/.test(option)) return option;
  return new Date().toISOString().slice(0, 10);
}

export const eolBaseImage: DockerfileRule = {
  meta: {
    id: 'docker/eol-base-image',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: '지원이 끝난(EOL) 베이스 이미지', en: 'End-of-life base image' },
    why: {
      ko: 'EOL이 지난 런타임·배포판은 보안 패치가 더 나오지 않습니다. 새 CVE가 공개되어도 고칠 방법이 없고, 스캐너는 수정 불가 취약점을 계속 보고합니다.',
      en: 'Runtimes and distributions past their end of life get no more security fixes: new CVEs stay unfixed and scanners keep reporting them.',
    },
    fix: {
      ko: '지원 중인 버전으로 올리세요(예: node:18-alpine → node:24-alpine, distroless nodejs18-debian11 → nodejs24-debian13). 업그레이드 후 테스트를 돌리고, 버전 태그는 다이제스트와 함께 고정합니다.',
      en: 'Move to a supported version (e.g. node:18-alpine to node:24-alpine, distroless nodejs18-debian11 to nodejs24-debian13), run the tests, and pin the new tag with its digest.',
    },
    refs: { url: 'https://endoflife.date/' },
    securitySeverity: 6.5,
    messages: {
      eolBaseImage: {
        ko: '베이스 이미지 {{shown}}({{label}})의 지원이 {{eol}}에 끝났습니다(EOL). 보안 패치가 더 나오지 않으니 {{replacement}} 같은 지원 중인 이미지로 바꾸세요. 출처: {{source}}',
        en: '{{shown}} is {{label}}, end of life since {{eol}}: it gets no more security fixes. Move to a supported image such as {{replacement}}. Source: {{source}}',
      },
    },
    examples: {
      bad: [
        { file: 'Dockerfile', text: 'FROM node:18-alpine\nUSER 1000:1000\nCMD ["node", "server.js"]\n', errors: [{ messageId: 'eolBaseImage', line: 1, column: 6, endLine: 1, endColumn: 20 }] },
        { file: 'Dockerfile', text: 'FROM gcr.io/distroless/nodejs18-debian11\nUSER 65532:65532\nCMD ["server.js"]\n', errors: [{ messageId: 'eolBaseImage', line: 1, column: 6, endLine: 1, endColumn: 41 }] },
      ],
      good: [
        { file: 'Dockerfile', text: 'FROM node:24-alpine\nUSER 1000:1000\nCMD ["node", "server.js"]\n' },
        { file: 'Dockerfile', text: 'FROM gcr.io/distroless/nodejs24-debian13:nonroot\nUSER 65532:65532\nCMD ["server.js"]\n' },
      ],
    },
  },
  check(df, ctx) {
    const today = todayOf(ctx.options.today);
    for (const stage of df.stages) {
      if (stage.baseStage !== null || stage.resolvedImage === null) continue;
      const e = findEol(stage.imageName, stage.tag);
      if (!e || e.eol > today) continue;
      const shown = stage.tag ? `${stage.imageName}:${stage.tag}` : stage.imageName;
      ctx.report({
        messageId: 'eolBaseImage',
        data: { shown, label: e.label, eol: e.eol, replacement: e.replacement, source: e.source },
        range: stage.imageRange,
      });
    }
  },
};
