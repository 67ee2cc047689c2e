import { shellFormCmd } from './shell-form-cmd';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(shellFormCmd, {
  valid: [
    'FROM node:24-alpine\nCMD ["node", "server.js"]\n',
    'FROM node:24-alpine\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD []\n',
    // only the final image matters
    'FROM node:24-alpine AS build\nCMD npm test\nFROM node:24-alpine\nCMD ["node", "server.js"]\n',
  ],
  invalid: [
    { code: 'FROM node:24-alpine\nCMD node server.js\n', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 19, message: 'CMD가 shell form' }] },
    {
      code: 'FROM node:24-alpine\nENTRYPOINT exec node server.js\n',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 31, message: 'ENTRYPOINT가 shell form' }],
    },
    // single quotes are not JSON
    { code: "FROM node:24-alpine\nCMD ['node', 'server.js']\n", errors: [{ line: 2, column: 5, endLine: 2, endColumn: 26, message: 'exec form' }] },
    // inherited from the stage the final FROM names
    { code: 'FROM node:24-alpine AS base\nCMD node a.js\nFROM base\n', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, message: 'PID 1' }] },
  ],
});
