import { testRule } from '../../../test/dockerfile-rule-tester';
import { secretFile } from './secret-file';

testRule(secretFile, {
  valid: [
    'FROM node:24-alpine\nCOPY package.json .env.example ./\n',
    'FROM alpine:3.22\nCOPY --from=build /app/.env /app/.env\n',
    '# syntax=docker/dockerfile:1\nFROM alpine:3.22\nRUN --mount=type=secret,id=token,env=TOKEN curl -H "Authorization: Bearer $TOKEN" https://example.com/x -o /tmp/x\n',
    'FROM alpine:3.22\nCOPY <<EOF /etc/app.conf\nlog_level=info\nEOF\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.22\nCOPY id_rsa /root/.ssh/id_rsa\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12, message: 'COPY id_rsa' }] },
    {
      code: 'FROM alpine:3.22\nADD secrets/ .npmrc /app/\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 13, message: 'ADD secrets/' },
        { line: 2, column: 14, endLine: 2, endColumn: 20, message: 'ADD .npmrc' },
      ],
    },
    {
      code: 'FROM alpine:3.22\nCOPY <<EOF /app/.env\nDB_PASSWORD=secret123\nEOF\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 5, message: 'heredoc이 비밀 값을 /app/.env에 씁니다' }],
    },
    {
      code: '# syntax=docker/dockerfile:1\nFROM alpine:3.22\nRUN --mount=type=secret,id=db,env=DB_PASSWORD echo "$DB_PASSWORD" > /app/pw\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 46, message: 'secret mount "db"' }],
    },
  ],
});
