/** schema/api-deprecated: apiVersions that Kubernetes no longer serves. */
import { schemaRule, DEPLOYMENT_OK } from '../_shared/schema';

export const apiDeprecatedRule = schemaRule({
  id: 'schema/api-deprecated',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: '더 이상 제공되지 않는 apiVersion', en: 'apiVersion no longer served' },
  why: {
    ko: '제거된 apiVersion(extensions/v1beta1, batch/v1beta1 CronJob, policy/v1beta1 PodSecurityPolicy, external-secrets.io/v1beta1 등)으로 쓴 매니페스트는 적용되지 않습니다.',
    en: 'Manifests written against removed apiVersions (extensions/v1beta1, batch/v1beta1 CronJob, policy/v1beta1 PodSecurityPolicy, external-secrets.io/v1beta1, ...) cannot be applied.',
  },
  fix: {
    ko: '안내된 현재 apiVersion으로 바꾸세요. PodSecurityPolicy는 Pod Security Admission으로 대체합니다.',
    en: 'Switch to the current apiVersion given. Replace PodSecurityPolicy with Pod Security Admission.',
  },
  refs: { kubeLinter: 'no-extensions-v1beta', url: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/' },
  messages: {
    replaced: {
      ko: '{{apiVersion}}의 {{kind}}은(는) {{removedIn}}부터 제공되지 않습니다. apiVersion: {{replacement}}로 바꾸세요.{{note}}',
      en: '{{kind}} in {{apiVersion}} is no longer served since {{removedIn}}: use apiVersion: {{replacement}}.{{note}}',
    },
    removed: {
      ko: '{{apiVersion}}의 {{kind}}은(는) {{removedIn}}에서 제거되었습니다.{{note}}',
      en: '{{kind}} in {{apiVersion}} was removed in {{removedIn}}.{{note}}',
    },
  },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [
      {
        file: 'deploy.yaml',
        text: DEPLOYMENT_OK.replace('apps/v1', 'extensions/v1beta1'),
        errors: [{ messageId: 'replaced', line: 1, column: 13, endLine: 1, endColumn: 31 }],
      },
    ],
  },
});
