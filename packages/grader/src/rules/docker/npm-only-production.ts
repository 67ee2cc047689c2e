import type { DockerfileRule } from '../../rule';
import { effective, runs, subcommand } from '../_shared/dockerfile';

const INSTALL = new Set(['ci', 'install', 'i', 'clean-install', 'install-clean', 'isntall', 'add']);

export const npmOnlyProduction: DockerfileRule = {
  meta: {
    id: 'docker/npm-only-production',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: 'npm의 --only=production / --production (deprecated)', en: 'npm --only=production / --production (deprecated)' },
    why: {
      ko: 'npm 7부터 --only=production과 --production은 deprecated이며, npm은 "Use --omit=dev"라는 경고를 냅니다. 폐기된 옵션은 향후 버전에서 무시되어 devDependencies가 프로덕션 이미지에 섞일 수 있습니다.',
      en: 'Since npm 7, --only=production and --production are deprecated and npm warns "Use --omit=dev". A deprecated flag may be ignored by a later npm, and devDependencies would then end up in the production image.',
    },
    fix: { ko: 'npm ci --omit=dev 를 쓰세요.', en: 'Use npm ci --omit=dev.' },
    refs: { url: 'https://docs.npmjs.com/cli/v11/using-npm/config#omit' },
    securitySeverity: 2.0,
    messages: {
      npmOnlyProduction: {
        ko: 'npm {{sub}}의 {{shown}} 옵션은 deprecated입니다(npm 7+). --omit=dev 를 쓰세요.',
        en: '{{shown}} in npm {{sub}} is deprecated (npm 7+). Use --omit=dev.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine\nRUN npm ci --only=production\nUSER 1000:1000\n',
          errors: [{ messageId: 'npmOnlyProduction', line: 2, column: 12, endLine: 2, endColumn: 29 }],
        },
      ],
      good: [{ file: 'Dockerfile', text: 'FROM node:24-alpine\nRUN npm ci --omit=dev            # --only=production is deprecated\nUSER 1000:1000\n' }],
    },
  },
  check(df, ctx) {
    for (const run of runs(df)) {
      for (const cmd of run.commands) {
        const e = effective(cmd);
        if (e.name !== 'npm') continue;
        const { sub } = subcommand(e.args);
        if (sub === null || !INSTALL.has(sub)) continue;
        for (let i = 0; i < e.args.length; i++) {
          const v = e.args[i].value ?? '';
          const next = e.args[i + 1]?.value ?? '';
          const only = /^--only=(?:prod|production)$/.test(v) || (v === '--only' && /^(?:prod|production)$/.test(next));
          const production = v === '--production' || v === '--production=true';
          if (!only && !production) continue;
          const range =
            v === '--only' ? { ...e.args[i].range, endLine: e.args[i + 1].range.endLine, endColumn: e.args[i + 1].range.endColumn } : e.args[i].range;
          const shown = v === '--only' ? `--only ${next}` : v;
          ctx.report({
            messageId: 'npmOnlyProduction',
            data: { sub, shown },
            range,
          });
        }
      }
    }
  },
};
