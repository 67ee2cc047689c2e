import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

const reason = (files: Record<string, string>, id: string) => gradeSet(lab, files).objectives.find((o) => o.id === id)!.reason;

describe('lab rbac-least-privilege', () => {
  it('starter fails no-secrets and least-privilege, at the wildcard rule', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['no-secrets', 'least-privilege']);
    const o = gradeSet(lab, starterSet(lab)).objectives.find((x) => x.id === 'least-privilege')!;
    expect(o).toMatchObject({
      reason: 'developer-user가 과제에 없는 권한 1개를 더 가집니다: 모든 동사(*) 모든 리소스 (production, 모든 API group).',
      range: { line: 7, column: 5 },
    });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['can-deploy', 'can-read-pods', 'no-secrets', 'least-privilege', 'only-developer']],
    ['Secret을 resourceNames로 남긴다', ['no-secrets', 'least-privilege']],
    ['pods/exec을 더한다', ['least-privilege']],
    ['ClusterRoleBinding으로 모든 Namespace에 준다', ['least-privilege']],
    ['모든 인증 사용자에게 준다', ['only-developer']],
    ['developers 그룹 전체에 준다', ['only-developer']],
    ['ServiceAccount에도 준다', ['only-developer']],
    ['Deployment 권한을 빠뜨린다', ['can-deploy']],
    ['impersonate를 더한다', ['least-privilege']],
    ['pods/ephemeralcontainers로 디버그 컨테이너를 넣는다', ['least-privilege']],
    ['pods/proxy를 더한다', ['least-privilege']],
    ['pods/portforward를 더한다', ['least-privilege']],
    ['Role과 RoleBinding을 고칠 수 있게 한다', ['least-privilege']],
    ['escalate와 bind', ['least-privilege']],
    ['두 번째 Role에 *를 주고 따로 바인딩한다', ['no-secrets', 'least-privilege']],
    ['같은 이름의 Role을 뒤에 다시 써서 *로 덮는다', ['no-secrets', 'least-privilege']],
    ['기본 ClusterRole edit를 바인딩한다', ['no-secrets', 'least-privilege']],
    ['aggregate-to-edit 라벨로 기본 역할에 합친다', ['only-developer']],
    ['kube-system에도 같은 Role을 준다', ['least-privilege']],
    ['watch와 delete를 더한다', ['least-privilege']],
    ['deployments/scale을 더한다', ['least-privilege']],
    ['non-resource URL을 더한다', ['least-privilege']],
    ['merge 키 앞에 쓴 verbs가 덮인다', ['least-privilege']],
    ['List 안에 추가 Role을 숨긴다', ['no-secrets', 'least-privilege']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(24);
  });
  it('names every extra permission in the reason', () => {
    const files = (name: string) => solutions.bypasses.find((x) => x.name === name)!.files;
    expect(reason(files('impersonate를 더한다'), 'least-privilege')).toBe(
      'developer-user가 과제에 없는 권한 2개를 더 가집니다: impersonate users (클러스터 범위), impersonate groups (클러스터 범위).',
    );
    expect(reason(files('watch와 delete를 더한다'), 'least-privilege')).toBe(
      'developer-user가 과제에 없는 권한 2개를 더 가집니다: watch deployments.apps (production), delete deployments.apps (production).',
    );
    expect(reason(files('merge 키 앞에 쓴 verbs가 덮인다'), 'least-privilege')).toBe(
      'developer-user가 과제에 없는 권한 3개를 더 가집니다: create pods (production), update pods (production), patch pods (production).',
    );
    expect(reason(files('non-resource URL을 더한다'), 'least-privilege')).toBe(
      'developer-user가 과제에 없는 권한 2개를 더 가집니다: get /metrics, get /debug/*.',
    );
    expect(reason(files('기본 ClusterRole edit를 바인딩한다'), 'no-secrets')).toContain('ClusterRole "edit"의 권한 전체');
    expect(reason(files('developers 그룹 전체에 준다'), 'only-developer')).toContain('RoleBinding "developer-binding" → Group developers');
    expect(reason(files('ClusterRoleBinding으로 모든 Namespace에 준다'), 'least-privilege')).toMatch(
      /^developer-user가 과제에 없는 권한 8개를 더 가집니다: get deployments\.apps \(모든 Namespace\), .* 외 2개\.$/,
    );
  });
});
