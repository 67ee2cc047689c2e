/**
 * Korean spellings of the English terms the course text uses (the chapters write "Secret", learners type
 * "시크릿"). A query is searched as typed and, when it contains one of these, once more with the English
 * term, so "시크릿 관리" finds "Secret 관리 방식 비교". Pure data and string work.
 */
const TERMS: readonly (readonly [string, string])[] = [
  ['시크릿', 'Secret'],
  ['쿠버네티스', 'Kubernetes'],
  ['도커파일', 'Dockerfile'],
  ['도커', 'Docker'],
  ['파드', 'Pod'],
  ['네임스페이스', 'Namespace'],
  ['디플로이먼트', 'Deployment'],
  ['네트워크폴리시', 'NetworkPolicy'],
  ['서비스어카운트', 'ServiceAccount'],
  ['시큐리티컨텍스트', 'securityContext'],
  ['세컴프', 'seccomp'],
  ['셋컴프', 'seccomp'],
  ['캐퍼빌리티', 'capabilities'],
  ['케이퍼빌리티', 'capabilities'],
  ['트리비', 'Trivy'],
  ['팔코', 'Falco'],
  ['미니큐브', 'minikube'],
  ['코사인', 'Cosign'],
  ['디스트로리스', 'distroless'],
  ['깃허브', 'GitHub'],
  ['액션', 'Actions'],
  ['유저네임스페이스', 'User Namespaces'],
  ['롤바인딩', 'RoleBinding'],
  ['컨피그맵', 'ConfigMap'],
  ['이미지풀', 'imagePull'],
];

/** Longest spellings first, so "도커파일" wins over "도커". */
const ORDERED = [...TERMS].sort((a, b) => b[0].length - a[0].length);

/** The query with each word that starts with a known Korean spelling replaced by its English term (particles dropped). */
export function expandQuery(query: string): string | undefined {
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .map((word) => {
      const match = ORDERED.find(([korean]) => word.startsWith(korean));
      if (!match) return word;
      changed = true;
      return match[1];
    });
  return changed ? words.join(' ') : undefined;
}
