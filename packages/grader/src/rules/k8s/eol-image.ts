import type { YamlRule } from '../../rule';
import { containerLabel, containersOf, podSpecOf } from '../../k8s';
import { EOL_DATA, eolFindings, todayOf } from '../../images/lifecycle';

const pod = (image: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: ${image}
`;

export const eolImage: YamlRule = {
  meta: {
    id: 'k8s/eol-image',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: '지원이 끝난(EOL) 컨테이너 이미지', en: 'End-of-life container image' },
    why: {
      ko: '이미지 태그가 지원이 끝난 런타임·배포판(예: nginx 1.29, Node.js 20, Alpine 3.21)을 가리키면 새 취약점이 공개되어도 패치가 나오지 않습니다. node:24-alpine3.21처럼 런타임은 지원 중이어도 그 아래 OS가 EOL일 수 있습니다.',
      en: 'A tag naming a runtime or distribution past its end of life (nginx 1.29, Node.js 20, Alpine 3.21) gets no fixes for new CVEs. The runtime can be supported while the OS under it is not: node:24-alpine3.21.',
    },
    fix: {
      ko: '지원 중인 버전 태그로 올리세요(예: nginxinc/nginx-unprivileged:1.30-alpine). 데이터는 endoflife.date 기준이며 날짜가 있습니다.',
      en: 'Move to a supported version tag (e.g. nginxinc/nginx-unprivileged:1.30-alpine). The dates come from endoflife.date.',
    },
    refs: { url: 'https://endoflife.date/' },
    securitySeverity: 6.5,
    messages: {
      eolImage: {
        ko: '{{container}}: 이미지 "{{image}}"({{label}})의 지원이 {{eol}}에 끝났습니다(EOL). {{replacement}} 같은 지원 중인 버전으로 바꾸세요. 출처: {{source}} (데이터 기준일 {{asOf}})',
        en: '{{container}}: image "{{image}}" is {{label}}, end of life since {{eol}}. Move to a supported version such as {{replacement}}. Source: {{source}} (data as of {{asOf}})',
      },
    },
    examples: {
      good: [{ file: 'pod.yaml', text: pod('nginxinc/nginx-unprivileged:1.30-alpine') }],
      bad: [
        {
          file: 'pod.yaml',
          text: pod('nginxinc/nginx-unprivileged:1.29-alpine'),
          errors: [{ messageId: 'eolImage', line: 8, column: 14, endLine: 8, endColumn: 53 }],
        },
        { file: 'pod.yaml', text: pod('node:24-alpine3.21'), errors: [{ messageId: 'eolImage', line: 8, column: 14, endLine: 8, endColumn: 32 }] },
      ],
    },
  },
  check(obj, ctx) {
    const ps = podSpecOf(obj);
    if (!ps) return;
    const today = todayOf(ctx.options.today);
    for (const c of containersOf(ps.spec, ps.path)) {
      const image = c.container.image;
      if (typeof image !== 'string' || image.trim() === '') continue;
      const found = eolFindings(image, today);
      if (found.length === 0) continue;
      ctx.report({
        messageId: 'eolImage',
        data: {
          container: containerLabel(c),
          image,
          label: found.map((f) => f.label).join(', '),
          eol: found.map((f) => f.eol).join(' / '),
          replacement: found[found.length - 1].replacement,
          source: [...new Set(found.map((f) => f.source))].join(', '),
          asOf: EOL_DATA.generated,
        },
        range: obj.range([...c.path, 'image']),
      });
    }
  },
};
