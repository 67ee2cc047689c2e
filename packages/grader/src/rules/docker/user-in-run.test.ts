import { testRule } from '../../../test/dockerfile-rule-tester';
import { userInRun } from './user-in-run';

testRule(userInRun, {
  valid: [
    'FROM alpine:3.22\nRUN adduser -D -u 10001 appuser\nUSER 10001\n',
    'FROM alpine:3.22\nRUN echo USER appuser\n',
    'FROM alpine:3.22\nRUN usermod -aG wheel app\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.22\nRUN adduser -D appuser && USER appuser\n',
      errors: [{ line: 2, column: 27, endLine: 2, endColumn: 39, message: '"USER: not found"로 빌드가 실패합니다' }],
    },
    {
      code: 'FROM alpine:3.22\nRUN adduser -D app; \\\n    USER 1000\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 14, message: 'USER 1000로 따로 쓰세요' }],
    },
  ],
});
