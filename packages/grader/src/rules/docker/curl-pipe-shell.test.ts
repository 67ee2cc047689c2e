import { curlPipeShell } from './curl-pipe-shell';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(curlPipeShell, {
  valid: [
    'FROM alpine:3.22\nRUN curl -fsSLO https://example.com/x.tgz && sha256sum -c x.sha256\n',
    // quoted pipes are not pipelines
    'FROM alpine:3.22\nRUN echo "curl https://x | sh" > /notes\n',
    "FROM alpine:3.22\nRUN curl 'https://x|sh' -o /tmp/x\n",
    'FROM alpine:3.22\nRUN curl -fsSL https://example.com/data.json | jq .name\n',
    'FROM alpine:3.22\nRUN cat install.sh | sh\n',
    '# comment: curl https://x | sh\nFROM alpine:3.22\n',
    'FROM alpine:3.22\nRUN sh -c "echo $(date)" && VERSION="$(curl -fsSL https://x.example/v)"\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.22\nRUN curl -fsSL https://example.com/install.sh | sh\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 51, message: 'curl 출력을 검증 없이 sh에 파이프로 넘겨' }],
    },
    {
      code: 'FROM debian:trixie-slim\nRUN apt-get update && wget -qO- https://example.com/setup | bash -s -- --yes && echo done\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 77, message: 'wget 출력을 검증 없이 bash에' }],
    },
    // in a subshell, across continuation lines
    {
      code: 'FROM alpine:3.22\nRUN set -e; \\\n    (curl -fsSL https://example.com/get \\\n       | sudo -E python3 -)\n',
      errors: [{ line: 3, column: 6, endLine: 4, endColumn: 27, message: 'python3' }],
    },
    // exec form with sh -c
    {
      code: 'FROM alpine:3.22\nRUN ["sh", "-c", "curl -s https://x.example | sh"]\n',
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 49, message: 'sh에 파이프로' }],
    },
    // through tee
    {
      code: 'FROM alpine:3.22\nRUN curl -fsSL https://x.example | tee /tmp/log | sh\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 53, message: 'curl 출력을 검증 없이 sh에' }],
    },
    // command and process substitution
    {
      code: 'FROM alpine:3.22\nRUN sh -c "$(curl -fsSL https://x.example/install.sh)"\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 55, message: 'curl 다운로드 결과를 명령 치환으로 sh에' }],
    },
    {
      code: 'FROM debian:trixie-slim\nRUN bash <(wget -qO- https://x.example)\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 40, message: 'wget 다운로드 결과를 명령 치환으로 bash에' }],
    },
    // heredoc body
    {
      code: 'FROM alpine:3.22\nRUN <<EOF\nset -e\ncurl -fsSL https://x.example | bash\nEOF\n',
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 36, message: 'bash에 파이프로' }],
    },
  ],
});
