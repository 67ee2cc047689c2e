import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { secretStringdata } from './secret-stringdata';

const run = (t: string) => runRules([secretStringdata], t);
const secret = (...body: string[]) => yaml('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db-secret', 'type: Opaque', ...body);

describe('k8s/secret-stringdata', () => {
  it('accepts a Secret without values and other kinds', () => {
    expect(run(secret())).toEqual([]);
    expect(run(secret('data: {}'))).toEqual([]);
    expect(run(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  a: b'))).toEqual([]);
  });

  it('points at stringData', () => {
    const f = run(secret('stringData:', '  password: change-me'));
    expect(f.map(at)).toEqual(['k8s/secret-stringdata@6:1-6:11']);
    expect(f[0]!.message).toBe('Secret "db-secret"의 stringData에 평문 비밀값이 들어 있습니다. Git에 커밋하지 말고 ESO, Sealed Secrets, SOPS를 쓰세요.');
    expect(f[0]!.severity).toBe('warning');
  });

  it('points at data and says base64 is not encryption', () => {
    const f = run(secret('data:', '  password: Y2hhbmdlLW1l', 'stringData:', '  user: app'));
    expect(f.map(at)).toEqual(['k8s/secret-stringdata@8:1-8:11', 'k8s/secret-stringdata@6:1-6:5']);
    expect(f[1]!.messageEn).toBe('Secret "db-secret" data is only base64-encoded, not encrypted; use ESO, Sealed Secrets or SOPS instead of committing it.');
  });
});
