import { testRule } from '../../../test/dockerfile-rule-tester';
import { userRoot } from './user-root';

testRule(userRoot, {
  valid: [
    'FROM alpine:3.22\nUSER 10001:10001\n',
    // root in a builder stage is fine; the final stage is judged
    'FROM golang:1.25 AS build\nUSER root\nRUN go build -o /app .\nFROM alpine:3.22\nCOPY --from=build /app /app\nUSER 10001\n',
    // USER inherited from the stage the final FROM names
    'FROM alpine:3.22 AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n',
    'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\n',
    'FROM alpine:3.22\nUSER root\nRUN apk add --no-cache curl\nUSER app\n',
    'FROM alpine:3.22\nARG UID=10001\nUSER $UID\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nRUN echo hi\n', errors: [{ line: 1, column: 1, endLine: 1, endColumn: 17, message: '최종 stage에 USER가 없어' }] },
    { code: 'FROM alpine:3.22\nUSER 10001\nUSER root\n', errors: [{ line: 3, column: 6, endLine: 3, endColumn: 10, message: '"root"(root)' }] },
    { code: 'FROM alpine:3.22\nUSER 0:0\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 9, message: 'UID 0' }] },
    { code: 'FROM alpine:3.22\nUSER root:root\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 15, message: '"root:root"' }] },
    // the builder stage runs as a user, the final stage does not
    {
      code: 'FROM node:24-alpine AS build\nUSER node\nFROM node:24-alpine\nCOPY --from=build /app /app\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 20, message: '최종 stage' }],
    },
    // seed §5: USER inside RUN is not an instruction
    { code: 'FROM alpine:3.22\nRUN adduser -D appuser && USER appuser\n', errors: [{ line: 1, column: 1, endLine: 1, endColumn: 17, message: 'root(UID 0)' }] },
  ],
});
