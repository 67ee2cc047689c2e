import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { generateRequests, lab } from './lab';
import { solutions } from './solutions';

const ALL = ['secrets-metadata', 'catch-all', 'workload-writes'];
const reason = (name: string, id: string) => gradeSet(lab, solutions.bypasses.find((x) => x.name === name)!.files).objectives.find((o) => o.id === id)!.reason;

describe('lab audit-policy', () => {
  it('starter fails all three objectives', () => {
    expect(failing(lab, starterSet(lab))).toEqual(ALL);
    const o = gradeSet(lab, starterSet(lab)).objectives[0]!;
    expect(o.reason).toMatch(/^\d+개 요청의 기록 수준이 맞지 않습니다: alice: get secrets x1 -n kube-system → None \(맞는 규칙 없음\)/);
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ALL],
    ['아무것도 기록하지 않는다', ALL],
    ['모든 것을 RequestResponse로', ['secrets-metadata']],
    ['쓰기 전체 규칙을 Secret 규칙 위에', ['secrets-metadata']],
    ['deployments를 core group에', ['workload-writes']],
    ['users wildcard', ['workload-writes']],
    ['ServiceAccount 하나만 적는다', ['workload-writes']],
    ['한 Namespace의 ServiceAccount 그룹만', ['workload-writes']],
    ['Secret 규칙을 get과 list에만', ['secrets-metadata']],
    ['이름을 지정한 Secret만 Metadata로', ['secrets-metadata']],
    ['워크로드 규칙에서 ResponseComplete를 뺀다', ['catch-all', 'workload-writes']],
    ['모든 단계를 뺀다', ALL],
    ['배포 ServiceAccount를 기록에서 뺀다', ALL],
    ['관리자 그룹을 기록에서 뺀다', ['secrets-metadata', 'catch-all']],
    ['kube-system을 기록에서 뺀다', ['catch-all']],
    ['중복 키: 뒤의 level이 이긴다', ['secrets-metadata']],
    ['Policy를 두 개 둔다', ALL],
    ['v1beta1 Policy', ALL],
    ['nonResourceURLs와 resources를 한 규칙에 (API 서버가 거부)', ALL],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(19);
  });
  it('names the requests, the rule and the stages that decide them', () => {
    expect(reason('kube-system을 기록에서 뺀다', 'catch-all')).toMatch(
      /^1088개 요청의 기록 수준이 맞지 않습니다: alice: get pods x1 -n kube-system → None \(3번째 규칙\), /,
    );
    expect(reason('워크로드 규칙에서 ResponseComplete를 뺀다', 'workload-writes')).toContain(
      'system:serviceaccount:ci:deployer: create pods -n production → None (2번째 규칙, omitStages로 RequestResponse에서 낮아짐)',
    );
    expect(reason('워크로드 규칙에서 ResponseComplete를 뺀다', 'workload-writes')).toMatch(
      /omitStages에서 ResponseComplete\(와 ResponseStarted\)를 빼면 본문이 기록되지 않고/,
    );
    expect(reason('한 Namespace의 ServiceAccount 그룹만', 'workload-writes')).toMatch(
      /^144개 요청의 기록 수준이 맞지 않습니다: system:serviceaccount:kube-system:replicaset-controller: create pods -n production → Metadata \(3번째 규칙\)/,
    );
  });
  it('generates requests from every kind of user, every resource and verb, in every scope', () => {
    const reqs = generateRequests();
    expect(reqs.length).toBe(6165);
    expect(new Set(reqs.map((r) => r.user)).size).toBe(9);
    expect(reqs.some((r) => r.path === '/metrics' && r.user === 'system:anonymous')).toBe(true);
    expect(reqs.some((r) => r.resource === 'secrets' && r.verb === 'watch' && r.namespace === '')).toBe(true);
  });
});
