import { sudo } from './sudo';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(sudo, {
  valid: [
    'FROM debian:trixie-slim\nRUN apt-get update\n',
    'FROM debian:trixie-slim\nRUN echo sudo\n',
    'FROM debian:trixie-slim\nRUN apt-get install -y --no-install-recommends sudo\n',
  ],
  invalid: [
    { code: 'FROM debian:trixie-slim\nRUN sudo apt-get update\n', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'sudo를 쓰지 마세요' }] },
    {
      code: 'FROM debian:trixie-slim\nRUN set -e && (cd /x && /usr/bin/sudo make install)\n',
      errors: [{ line: 2, column: 25, endLine: 2, endColumn: 38, message: 'USER 전환 전에' }],
    },
  ],
});
