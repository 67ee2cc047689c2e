import { pkgUnpinned } from './pkg-unpinned';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(pkgUnpinned, {
  valid: [
    'FROM debian:trixie-slim\nRUN apt-get install -y --no-install-recommends curl=8.14.1-2 ca-certificates=20250419\n',
    'FROM debian:trixie-slim\nRUN apt-get install -y -t trixie-backports curl=8.14.1-2 ./local.deb\n',
    'FROM alpine:3.22\nRUN apk add --no-cache --virtual .build-deps curl=8.14.1-r1 git~2.49\n',
    'FROM python:3.13-slim\nRUN pip install --no-cache-dir -r requirements.txt flask==3.1.2 . ./pkg\n',
    'FROM python:3.13-slim\nRUN python3 -m pip install "requests>=2.32,<3"\n',
    'FROM alpine:3.22\nARG V\nRUN apk add --no-cache curl=${V}\n',
    'FROM alpine:3.22\nRUN apk add --no-cache $PACKAGES\n',
  ],
  invalid: [
    {
      code: 'FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=8.14.1-2 git jq\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 86, message: 'apt-get install에서 버전이 고정되지 않은 패키지: git, jq', severity: 'info' }],
    },
    {
      code: 'FROM alpine:3.22\nRUN apk add --no-cache --virtual .deps curl\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 44, message: 'apk add에서 버전이 고정되지 않은 패키지: curl' }],
    },
    {
      code: 'FROM python:3.13-slim\nRUN pip3 install --upgrade pip\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 31, message: 'pip install에서 버전이 고정되지 않은 패키지: pip' }],
    },
    { code: 'FROM python:3.13-slim\nRUN python -m pip install flask\n', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 32, message: ': flask' }] },
  ],
});
