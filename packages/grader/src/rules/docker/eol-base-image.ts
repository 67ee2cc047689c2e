import type { DockerfileRule } from '../../rule';
import { EOL_DATA, eolFindings, todayOf, type EolFinding } from '../../images/lifecycle';

/** The out-of-support releases an image reference names on `today` (all of them, runtime first). */
export function findEol(reference: string, today: string): EolFinding[] {
  return eolFindings(reference, today);
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
        ko: '베이스 이미지 {{shown}}({{label}})의 지원이 {{eol}}에 끝났습니다(EOL). 보안 패치가 더 나오지 않으니 {{replacement}} 같은 지원 중인 이미지로 바꾸세요. 출처: {{source}} (데이터 기준일 {{asOf}})',
        en: '{{shown}} is {{label}}, end of life since {{eol}}: it gets no more security fixes. Move to a supported image such as {{replacement}}. Source: {{source}} (data as of {{asOf}})',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM node:18-alpine\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
          errors: [{ messageId: 'eolBaseImage', line: 1, column: 6, endLine: 1, endColumn: 20 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM gcr.io/distroless/nodejs18-debian11\nUSER 65532:65532\nCMD ["server.js"]\n',
          errors: [{ messageId: 'eolBaseImage', line: 1, column: 6, endLine: 1, endColumn: 41 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine3.21\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
          errors: [{ messageId: 'eolBaseImage', line: 1, column: 6, endLine: 1, endColumn: 24 }],
        },
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
      const found = eolFindings(stage.resolvedImage, today);
      if (found.length === 0) continue;
      const shown = stage.argExpanded ? `${stage.image} (= ${stage.resolvedImage})` : stage.resolvedImage;
      ctx.report({
        messageId: 'eolBaseImage',
        data: {
          shown,
          label: found.map((f) => f.label).join(', '),
          eol: found.map((f) => f.eol).join(' / '),
          replacement: found[found.length - 1].replacement,
          source: [...new Set(found.map((f) => f.source))].join(', '),
          asOf: EOL_DATA.generated,
        },
        range: stage.imageRange,
      });
    }
  },
};
