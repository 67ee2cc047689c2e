import { npmOnlyProduction } from './npm-only-production';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(npmOnlyProduction, {
  valid: [
    'FROM node:24-alpine\nRUN npm ci --omit=dev\n',
    'FROM node:24-alpine\nRUN npm ci --omit=dev  # --only=production is deprecated\n',
    'FROM node:24-alpine\nRUN echo "npm ci --only=production"\n',
    'FROM node:24-alpine\nRUN npm run build --production\n',
  ],
  invalid: [
    {
      code: 'FROM node:18-alpine\nRUN npm ci --only=production\n',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 29, message: 'npm ci의 --only=production 옵션은 deprecated' }],
    },
    {
      code: 'FROM node:24-alpine\nRUN npm install --production && npm cache clean --force\n',
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 29, message: '--omit=dev' }],
    },
    { code: 'FROM node:24-alpine\nRUN npm ci --only prod\n', errors: [{ line: 2, column: 12, endLine: 2, endColumn: 23, message: '--only prod' }] },
  ],
});
