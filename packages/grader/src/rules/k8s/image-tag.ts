import type { YamlRule } from '../../rule';
import { containerLabel, containersOf, podSpecOf } from '../../k8s';
import { imageReleases } from '../../images/lifecycle';

const pod = (image: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: ${image}
`;

/**
 * 'latest' when the reference uses :latest, 'none' when it has neither tag nor digest, 'floating' when
 * its tag names no version (`stable-alpine`, `lts-alpine`, `alpine`, `mainline`), null when pinned.
 */
export function imageTagProblem(image: string): 'latest' | 'none' | 'floating' | null {
  if (image.includes('@')) return null;
  const last = image.slice(image.lastIndexOf('/') + 1);
  const colon = last.lastIndexOf(':');
  if (colon < 0) return 'none';
  if (last.slice(colon + 1) === 'latest') return 'latest';
  return imageReleases(image).floating ? 'floating' : null;
}

export const imageTag: YamlRule = {
  meta: {
    id: 'k8s/image-tag',
    severity: 'warning',
    target: 'kubernetes',
    title: {
      ko: '이미지 태그 미고정(:latest, 태그 없음, stable 같은 움직이는 태그)',
      en: 'Image not pinned (:latest, no tag, or a moving tag such as :stable)',
    },
    why: {
      ko: ':latest나 태그 없는 이미지는 언제든 다른 내용으로 바뀔 수 있어 어떤 버전이 실행 중인지 알 수 없고, 롤백과 취약점 추적이 어렵고, 레지스트리가 오염되면 그대로 배포됩니다.',
      en: 'A :latest or untagged image can change at any time: you cannot tell what runs, rollbacks and CVE tracking get hard, and a poisoned registry tag is deployed as is.',
    },
    fix: {
      ko: '버전 태그(예: 1.27.3)를 쓰고, 가능하면 digest(@sha256:...)로 고정하세요.',
      en: 'Use a version tag (e.g. 1.27.3), ideally pinned by digest (@sha256:...).',
    },
    refs: { kubeScore: 'container-image-tag', kubeLinter: 'latest-tag', trivy: 'KSV013' },
    securitySeverity: 4.0,
    messages: {
      latestTag: {
        ko: '{{container}}: 이미지 "{{image}}"에 :latest 태그를 썼습니다. 버전 태그나 digest(@sha256:...)로 고정하세요.',
        en: '{{container}}: image "{{image}}" uses :latest; pin a version tag or digest.',
      },
      floatingTag: {
        ko: '{{container}}: 이미지 "{{image}}"의 태그는 버전을 정하지 않는 움직이는 태그입니다(새 릴리스마다 다른 버전). 버전 태그(예: 1.30-alpine)나 digest(@sha256:...)로 고정하세요.',
        en: '{{container}}: image "{{image}}" uses a moving tag that names no version; pin a version tag (e.g. 1.30-alpine) or digest.',
      },
      noTag: {
        ko: '{{container}}: 이미지 "{{image}}"에 태그가 없어 :latest로 받습니다. 버전 태그나 digest(@sha256:...)로 고정하세요.',
        en: '{{container}}: image "{{image}}" has no tag (pulled as :latest); pin a version tag or digest.',
      },
    },
    examples: {
      good: [
        { file: 'pod.yaml', text: pod('registry.example.com/app:1.0.0') },
        { file: 'pod.yaml', text: pod('registry.example.com/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef') },
      ],
      bad: [
        { file: 'pod.yaml', text: pod('nginx:latest'), errors: [{ messageId: 'latestTag', line: 8, column: 14, endLine: 8, endColumn: 26 }] },
        { file: 'pod.yaml', text: pod('localhost:5000/app'), errors: [{ messageId: 'noTag', line: 8, column: 14, endLine: 8, endColumn: 32 }] },
        {
          file: 'pod.yaml',
          text: pod('nginxinc/nginx-unprivileged:stable-alpine'),
          errors: [{ messageId: 'floatingTag', line: 8, column: 14, endLine: 8, endColumn: 55 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const ps = podSpecOf(obj);
    if (!ps) return;
    for (const c of containersOf(ps.spec, ps.path)) {
      const image = c.container.image;
      if (typeof image !== 'string' || image.trim() === '') continue;
      const problem = imageTagProblem(image.trim());
      if (!problem) continue;
      ctx.report({
        messageId: problem === 'latest' ? 'latestTag' : problem === 'floating' ? 'floatingTag' : 'noTag',
        data: { container: containerLabel(c), image },
        range: obj.range([...c.path, 'image']),
      });
    }
  },
};
