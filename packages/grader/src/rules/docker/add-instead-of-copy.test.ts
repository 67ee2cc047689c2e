import { addInsteadOfCopy } from './add-instead-of-copy';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(addInsteadOfCopy, {
  valid: [
    'FROM alpine:3.22\nCOPY app.sh /app.sh\n',
    'FROM alpine:3.22\nADD rootfs.tar.gz /\n',
    'FROM alpine:3.22\nADD vendor.tar.xz /opt/\n',
    'FROM alpine:3.22\nADD https://example.com/a.txt /a.txt\n',
    'FROM alpine:3.22\nADD git@github.com:org/repo.git /src\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nADD app.sh /usr/local/bin/\n', errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: '로컬 파일(app.sh)' }] },
    {
      code: 'FROM alpine:3.22\nADD --chown=10001:10001 ["src dir", "conf.ini", "/app/"]\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: 'src dir, conf.ini' }],
    },
    { code: 'FROM alpine:3.22\nadd . /app\n', errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: 'COPY를 쓰세요' }] },
  ],
});
