import { testRule } from '../../../test/dockerfile-rule-tester';
import { userNonNumeric } from './user-non-numeric';

testRule(userNonNumeric, {
  valid: [
    'FROM node:24-alpine\nUSER 1000:1000\n',
    'FROM node:24-alpine\nUSER 1000\n',
    'FROM node:24-alpine AS build\nUSER node\nFROM node:24-alpine\nUSER 1000:1000\n',
    'FROM alpine:3.22\nRUN echo no user\n',
    'FROM alpine:3.22\nUSER root\n',
  ],
  invalid: [
    { code: 'FROM node:24-alpine\nUSER nodejs\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12, message: 'USER "nodejs"처럼 이름으로 지정하면' }] },
    { code: 'FROM node:24-alpine\nUSER node:node\nCMD ["node", "a.js"]\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 15, message: '숫자 UID' }] },
    { code: 'FROM alpine:3.22 AS base\nUSER app\nFROM base\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 9, message: '"app"' }] },
  ],
});
