import { describe, expect, it } from 'vitest';
import { isSecretName, secretInEnv } from './secret-in-env';
import { testRule } from '../../../test/dockerfile-rule-tester';

describe('isSecretName', () => {
  it.each([
    'DB_PASSWORD',
    'PASSWORD',
    'MYSQL_ROOT_PASSWD',
    'API_KEY',
    'apiKey',
    'STRIPE_SECRET_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'GITHUB_TOKEN',
    'PRIVATE_KEY',
    'GOOGLE_CREDENTIALS',
    'CLIENT_SECRET',
    'DB_PASS',
  ])('%s is a secret name', (n) => {
    expect(isSecretName(n)).toBe(true);
  });
  it.each([
    'APP_ENV',
    'NODE_ENV',
    'TOKEN_TTL',
    'PASSWORD_MIN_LENGTH',
    'DB_PASSWORD_FILE',
    'GPG_KEY',
    'PWD',
    'SECRET_NAME',
    'KEYCLOAK_URL',
    'AWS_ACCESS_KEY_ID',
    'PATH',
  ])('%s is not', (n) => {
    expect(isSecretName(n)).toBe(false);
  });
});

testRule(secretInEnv, {
  valid: [
    'FROM alpine:3.22\nENV APP_ENV=production NODE_ENV=production\n',
    'FROM alpine:3.22\nENV TOKEN_TTL=3600 PASSWORD_MIN_LENGTH=12\n',
    'FROM alpine:3.22\nENV DB_PASSWORD_FILE=/run/secrets/db_password\n',
    'FROM alpine:3.22\nENV DB_PASSWORD=""\n',
    'FROM python:3.13-slim\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.22\nENV DB_PASSWORD=secret123\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 26, message: 'ENV 값은 이미지 설정과 history에 영구히 남습니다' }],
    },
    // legacy form `ENV key value`
    { code: 'FROM alpine:3.22\nENV API_KEY abc def\n', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 20, message: 'ENV API_KEY' }] },
    // the pair among others, and quoted
    { code: 'FROM alpine:3.22\nENV A=1 JWT_SECRET="s3cr3t value" B=2\n', errors: [{ line: 2, column: 9, endLine: 2, endColumn: 34, message: 'JWT_SECRET' }] },
    // credential-like value under an innocent name
    {
      code: 'FROM alpine:3.22\nENV CONFIG=AKIAIOSFODNN7EXAMPLE\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 32, message: 'AWS access key 형식의 값' }],
    },
    {
      code: 'FROM alpine:3.22\nARG GITHUB_TOKEN=ghp_abc\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 25, message: 'ARG 값은 빌드 history에 남습니다' }],
    },
    // build arg baked into ENV
    {
      code: 'FROM alpine:3.22\nARG DB_PASSWORD\nENV DB_PASSWORD=$DB_PASSWORD\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 16, message: '--build-arg로 넣은 값은' },
        { line: 3, column: 5, endLine: 3, endColumn: 29, message: 'DB_PASSWORD' },
      ],
    },
    // a secret build argument without a default: the value comes with --build-arg and lands in the history (BuildKit's SecretsUsedInArgOrEnv)
    {
      code: 'FROM alpine:3.22\nARG NPM_TOKEN\nRUN npm ci\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, message: 'ARG NPM_TOKEN는 비밀 값을 빌드 인수로 받습니다' }],
    },
    // across a line continuation
    {
      code: 'FROM alpine:3.22\nENV A=1 \\\n    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 40, message: 'AWS_SECRET_ACCESS_KEY' }],
    },
  ],
});
