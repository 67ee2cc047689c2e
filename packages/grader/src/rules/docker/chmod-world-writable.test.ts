import { describe, expect, it } from 'vitest';
import { chmodWorldWritable, worldWritable } from './chmod-world-writable';
import { testRule } from '../../../test/dockerfile-rule-tester';

describe('worldWritable', () => {
  it.each(['777', '666', '0777', '776', '2777', 'o+w', 'a+w', 'a=rwx', 'u+x,o+rw', 'go+w'])('%s is world-writable', (m) => expect(worldWritable(m)).toBe(true));
  it.each(['755', '644', '750', '1777', '+w', 'u+w', 'g+w', 'o-w', 'a-w', 'o=r', '775'])('%s is not', (m) => expect(worldWritable(m)).toBe(false));
});

testRule(chmodWorldWritable, {
  valid: [
    'FROM alpine:3.22\nRUN chmod 755 /usr/local/bin/app && chmod 1777 /tmp\n',
    'FROM alpine:3.22\nRUN echo chmod 777 /x\n',
    'FROM alpine:3.22\nRUN chmod -R go-w /app\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.22\nRUN chmod -R 777 /app\n',
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 17, message: 'chmod 777 설정은 모든 사용자에게 쓰기 권한' }],
    },
    { code: 'FROM alpine:3.22\nRUN mkdir /data && chmod o+w /data\n', errors: [{ line: 2, column: 26, endLine: 2, endColumn: 29, message: 'chmod o+w' }] },
    {
      code: 'FROM alpine:3.22\nRUN chmod 666 /etc/app.conf; chmod a+rw /var/log/app\n',
      errors: [
        { line: 2, column: 11, endLine: 2, endColumn: 14, message: 'chmod 666' },
        { line: 2, column: 36, endLine: 2, endColumn: 40, message: 'chmod a+rw' },
      ],
    },
  ],
});
