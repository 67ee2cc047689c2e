import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

const ALL = ['default-deny', 'frontend-to-app', 'app-to-database', 'dns'];
const reason = (name: string, id: string) => gradeSet(lab, solutions.bypasses.find((x) => x.name === name)!.files).objectives.find((o) => o.id === id)!.reason;

describe('lab networkpolicy', () => {
  it('starter fails every connectivity objective', () => {
    expect(failing(lab, starterSet(lab))).toEqual(ALL);
    const o = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(o.reason).toBe('frontend/web → production/api TCP/8080 연결이 막힙니다. 허용해야 하는 연결입니다.');
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ALL],
    ['모든 것을 막는다', ['frontend-to-app', 'app-to-database', 'dns']],
    ['모든 것을 허용한다', ALL],
    ['OR로 쓴다', ['frontend-to-app']],
    ['DNS를 빠뜨린다', ['dns']],
    ['Namespace 라벨을 바꿔 채점 환경을 속인다', ALL],
    ['DNS를 어디로든 연다 (to 없이 53)', ['dns']],
    ['kube-system 전체에 53을 연다', ['dns']],
    ['5432를 어디로든 연다', ['app-to-database']],
    ['database Namespace 전체에 연다', ['app-to-database']],
    ['넓은 ipBlock으로 5432를 연다', ['app-to-database']],
    ['ipBlock으로 모든 포트를 연다', ['app-to-database', 'dns']],
    ['endPort로 범위를 연다', ['app-to-database']],
    ['frontend Namespace 전체를 받는다', ['frontend-to-app']],
    ['UDP 8080도 받는다', ['frontend-to-app']],
    ['인터넷에서 들어오게 한다', ['frontend-to-app']],
    ['default deny를 Ingress만', ['default-deny', 'dns']],
    ['정책을 다른 Namespace에 둔다', ALL],
    ['endPort가 port보다 작다 (API가 거부)', ALL],
    ['빈 peer (API가 거부)', ALL],
    ['values가 있는 Exists (API가 거부)', ALL],
    ['중복 키: 뒤의 policyTypes가 Egress를 지운다', ['default-deny', 'dns']],
    ['List 안에 모두 허용 정책을 숨긴다', ['default-deny', 'frontend-to-app']],
    ['모든 Namespace에서 받는다', ['frontend-to-app']],
    ['모든 포트를 여는 규칙을 anchor로 재사용한다', ['app-to-database', 'dns']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(25);
  });
  it('names the connections that should be blocked', () => {
    expect(reason('kube-system 전체에 53을 연다', 'dns')).toBe(
      '막아야 하는 연결 2개가 허용됩니다: production/api → kube-system/node-local-dns TCP/53, production/api → kube-system/node-local-dns UDP/53.',
    );
    expect(reason('endPort로 범위를 연다', 'app-to-database')).toBe('막아야 하는 연결 1개가 허용됩니다: production/api → database/postgres TCP/5433.');
    expect(reason('넓은 ipBlock으로 5432를 연다', 'app-to-database')).toBe(
      '막아야 하는 연결 4개가 허용됩니다: production/api → 8.8.8.8 TCP/5432, production/api → 10.0.0.10 TCP/5432, production/api → 172.16.5.4 TCP/5432, production/api → 192.168.1.20 TCP/5432.',
    );
    expect(reason('DNS를 어디로든 연다 (to 없이 53)', 'dns')).toMatch(/^막아야 하는 연결 24개가 허용됩니다: .* 외 19개\.$/);
    expect(reason('빈 peer (API가 거부)', 'dns')).toBe(
      'from의 항목에 podSelector, namespaceSelector, ipBlock 중 하나가 있어야 합니다(빈 항목은 API 서버가 거부합니다).',
    );
  });
});
