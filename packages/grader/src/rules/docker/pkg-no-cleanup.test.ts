import { pkgNoCleanup } from './pkg-no-cleanup';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(pkgNoCleanup, {
  valid: [
    'FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian:trixie-slim\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl\n',
    'FROM debian:trixie-slim\nRUN apt-get -o APT::Install-Recommends=false install -y curl && rm -rf /var/lib/apt/lists\n',
    'FROM alpine:3.22\nRUN apk add --no-cache curl\n',
    'FROM alpine:3.22\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n',
    'FROM rockylinux:9\nRUN yum install -y curl && yum clean all\n',
    'FROM fedora:42\nRUN dnf -y install curl && dnf clean all\n',
    'FROM debian:trixie-slim\nRUN apt-get update\n',
    'FROM debian:trixie-slim\nRUN echo apt-get install curl\n',
    // a builder stage is thrown away
    'FROM debian:trixie-slim AS build\nRUN apt-get update && apt-get install -y gcc\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out /app\n',
  ],
  invalid: [
    {
      code: 'FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y curl\n',
      errors: [
        { line: 2, column: 23, endLine: 2, endColumn: 46, message: 'rm -rf /var/lib/apt/lists/*' },
        { line: 2, column: 23, endLine: 2, endColumn: 46, message: '--no-install-recommends', severity: 'info' },
      ],
    },
    // cleanup in a later RUN does not help
    {
      code: 'FROM debian:trixie-slim\nRUN apt-get update && sudo apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 75, message: 'apt-get install 뒤 같은 RUN에서' }],
    },
    // the final image is built FROM the stage that installs
    {
      code: 'FROM alpine:3.22 AS base\nRUN apk add curl\nFROM base\nUSER 10001\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 17, message: 'apk add에 --no-cache가 없어' }],
    },
    { code: 'FROM alpine:3.22\nRUN apk add --update curl\n', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 26, message: 'apk add --no-cache' }] },
    { code: 'FROM rockylinux:9\nRUN yum install -y curl\n', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 24, message: 'yum clean all' }] },
    {
      code: 'FROM fedora:42\nRUN dnf install -y curl && yum clean all\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 24, message: 'dnf clean all' }],
    },
  ],
});
