import type { YamlRule } from '../../rule';
import { asRecord, containerLabel, containersOf, podSpecOf } from '../../k8s';
import { imageReleases } from '../../images/lifecycle';

const pod = (os: string, image: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  os:
    name: ${os}
  containers:
    - name: app
      image: ${image}
`;

/**
 * True when the image is known to be a Linux image: a runtime or distribution the lifecycle data knows
 * (nginx, node, python, golang, alpine, debian, ubuntu, distroless) or a tag naming a Linux variant,
 * and no Windows variant (windowsservercore, nanoserver, ltsc).
 */
export function isLinuxImage(image: string): boolean {
  const lower = image.toLowerCase();
  if (/windows|nanoserver|ltsc\d{4}/.test(lower)) return false;
  const info = imageReleases(image);
  if (info.product !== null) return true;
  if (info.releases.length > 0) return true;
  return /(?:^|[-:/])(?:alpine|slim|bookworm|bullseye|trixie|jammy|noble|focal|busybox|distroless|ubi\d*)(?:[-.:@\d]|$)/.test(lower);
}

export const windowsLinuxImage: YamlRule = {
  meta: {
    id: 'k8s/windows-linux-image',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: 'Linux 이미지를 쓰는 Pod에 os.name: windows', en: 'os.name: windows on a Pod that runs Linux images' },
    why: {
      ko: 'Pod Security의 restricted 프로필은 spec.os.name이 windows인 Pod에서 seccomp, capabilities, 권한 상승 같은 리눅스 전용 검사를 건너뜁니다. 그래서 os.name: windows는 검사를 피하는 수단이 됩니다. 하지만 Linux 이미지는 Windows 노드에서 실행되지 않고, Linux 노드의 kubelet은 OS가 맞지 않는 Pod를 받지 않습니다. 보안은 약해지고 Pod는 뜨지 않습니다.',
      en: "Pod Security's restricted profile skips Linux-only checks (seccomp, capabilities, privilege escalation) for Pods with spec.os.name windows, which makes os.name: windows a way around them. A Linux image does not run on a Windows node, and the kubelet on a Linux node refuses a Pod for another OS: the checks are gone and the Pod never runs.",
    },
    fix: {
      ko: 'os.name을 지우거나 linux로 두고, seccompProfile: RuntimeDefault, capabilities.drop: [ALL], allowPrivilegeEscalation: false로 restricted를 실제로 만족시키세요.',
      en: 'Remove os.name or set it to linux, and meet restricted for real: seccompProfile RuntimeDefault, capabilities.drop [ALL], allowPrivilegeEscalation false.',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#os-specific-policy-controls' },
    securitySeverity: 7.0,
    messages: {
      windowsLinuxImage: {
        ko: '{{container}}: os.name: windows인 Pod가 Linux 이미지 "{{image}}"를 실행합니다. restricted의 리눅스 검사는 건너뛰어지지만 이 Pod는 어느 노드에서도 뜨지 않습니다(Windows 노드는 Linux 이미지를 못 돌리고, Linux 노드의 kubelet은 OS가 다른 Pod를 거부). os.name을 지우거나 linux로 두세요.',
        en: '{{container}}: a Pod with os.name: windows runs the Linux image "{{image}}". Restricted skips its Linux checks, but the Pod runs on no node (a Windows node cannot run a Linux image, a Linux kubelet refuses a Pod for another OS). Remove os.name or set it to linux.',
      },
    },
    examples: {
      good: [
        { file: 'pod.yaml', text: pod('linux', 'nginxinc/nginx-unprivileged:1.30-alpine') },
        { file: 'pod.yaml', text: pod('windows', 'mcr.microsoft.com/windows/nanoserver:ltsc2022') },
      ],
      bad: [
        {
          file: 'pod.yaml',
          text: pod('windows', 'nginxinc/nginx-unprivileged:1.30-alpine'),
          errors: [{ messageId: 'windowsLinuxImage', line: 10, column: 14, endLine: 10, endColumn: 53 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const ps = podSpecOf(obj);
    if (!ps) return;
    if (asRecord(asRecord(ps.spec)?.os)?.name !== 'windows') return;
    for (const c of containersOf(ps.spec, ps.path)) {
      const image = c.container.image;
      if (typeof image !== 'string' || !isLinuxImage(image)) continue;
      ctx.report({ messageId: 'windowsLinuxImage', data: { container: containerLabel(c), image }, range: obj.range([...c.path, 'image']) });
    }
  },
};
