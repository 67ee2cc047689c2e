import { addUrl } from './add-url';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(addUrl, {
  valid: [
    'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /opt/\n',
    'FROM alpine:3.22\nADD rootfs.tar.gz /\n',
    'FROM alpine:3.22\nCOPY https.txt /x\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.22\nADD https://example.com/tool.tar.gz /opt/\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 36, message: '검증 없이 내려받습니다' }],
    },
    {
      code: 'FROM alpine:3.22\nADD http://a.example/x \\\n    http://b.example/y /dst/\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 23, message: 'http://a.example/x' },
        { line: 3, column: 5, endLine: 3, endColumn: 23, message: 'http://b.example/y' },
      ],
    },
  ],
});
