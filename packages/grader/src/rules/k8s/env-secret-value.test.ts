import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { envSecretValue, looksSecret } from './env-secret-value';
import { HARDENED_POD, podWith } from '../../../test/hardened-pod';

const run = (t: string) => runRules([envSecretValue], t);
const withEnv = (...env: string[]) => podWith(10, '      env:', ...env, '      securityContext:');

describe('looksSecret', () => {
  it('flags secret-looking names', () => {
    for (const n of ['DB_PASSWORD', 'password', 'API_KEY', 'apiKey', 'GITHUB_TOKEN', 'CLIENT_SECRET', 'AWS_SECRET_ACCESS_KEY', 'dbPasswd'])
      expect(looksSecret(n, 'x'), n).toBe(true);
  });
  it('does not flag references and unrelated names', () => {
    for (const n of ['DB_PASSWORD_FILE', 'TOKEN_URL', 'PASSENGER_COUNT', 'SECRET_NAME', 'KEYCLOAK_REALM', 'LOG_LEVEL'])
      expect(looksSecret(n, 'x'), n).toBe(false);
    expect(looksSecret('DB_PASSWORD', '$(OTHER)')).toBe(false);
  });
  it('flags credential-shaped values under any name', () => {
    expect(looksSecret('CONFIG', 'AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(looksSecret('CONFIG', '-----BEGIN RSA PRIVATE KEY-----')).toBe(true);
    expect(looksSecret('CONFIG', 'plain')).toBe(false);
  });
});

describe('k8s/env-secret-value', () => {
  it('accepts secretKeyRef and plain settings', () => {
    expect(run(yaml(...HARDENED_POD))).toEqual([]);
    expect(
      run(
        withEnv(
          '        - name: DB_PASSWORD',
          '          valueFrom:',
          '            secretKeyRef: {name: db, key: password}',
          '        - name: LOG_LEVEL',
          '          value: debug',
        ),
      ),
    ).toEqual([]);
  });

  it('points at the plaintext value', () => {
    const f = run(withEnv('        - name: LOG_LEVEL', '          value: debug', '        - name: DB_PASSWORD', '          value: secret123'));
    expect(f.map(at)).toEqual(['k8s/env-secret-value@14:18-14:27']);
    expect(f[0]!.message).toBe(
      'containers[0] "app": 환경 변수 DB_PASSWORD에 비밀값이 평문으로 들어 있습니다. Secret에 두고 valueFrom.secretKeyRef로 참조하세요.',
    );
    expect(f[0]!.severity).toBe('error');
  });

  it('ignores empty values', () => {
    expect(run(withEnv('        - name: DB_PASSWORD', '          value: ""'))).toEqual([]);
  });
});
