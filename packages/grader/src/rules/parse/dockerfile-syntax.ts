/** parse/dockerfile-syntax: Dockerfiles that docker build rejects (reported by dockerfile/model.ts). Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const dockerfileSyntax: MetaRule = {
  meta: {
    id: 'parse/dockerfile-syntax',
    severity: 'error',
    target: 'parse',
    title: { ko: 'Dockerfile 문법 오류', en: 'Dockerfile syntax error' },
    why: {
      ko: 'docker build가 거부하는 Dockerfile입니다. 이 줄이 고쳐질 때까지 이미지가 만들어지지 않습니다.',
      en: 'docker build rejects this Dockerfile; no image is built until the line is fixed.',
    },
    fix: {
      ko: '명령어 철자와 인자를 확인하고, 첫 명령어가 FROM(또는 ARG)인지 확인하세요.',
      en: 'Check the instruction name and its arguments, and that the first instruction is FROM (or ARG).',
    },
    messages: {
      binary: {
        ko: '바이너리 데이터(제어 문자)가 들어 있어 Dockerfile로 읽을 수 없습니다.',
        en: 'The file contains binary data (control characters) and cannot be read as a Dockerfile.',
      },
      tooLarge: {
        ko: '파일이 너무 큽니다({{length}}자). Dockerfile은 {{limit}}자까지 검사합니다.',
        en: 'The file is too large ({{length}} characters); Dockerfiles are checked up to {{limit}}.',
      },
      unknownInstruction: {
        ko: '알 수 없는 instruction입니다: {{instruction}}',
        en: 'Unknown instruction: {{instruction}}',
      },
      unknownFlag: {
        ko: '{{kw}}에는 --{{name}} 플래그가 없습니다.',
        en: 'Unknown flag for {{kw}}: --{{name}}',
      },
      beforeFrom: {
        ko: '{{kw}} instruction은 FROM보다 앞에 올 수 없습니다(FROM 앞에는 ARG만 허용).',
        en: '{{kw}} cannot come before FROM (only ARG may).',
      },
      shellJson: {
        ko: 'SHELL은 JSON 배열 형식이어야 합니다. 예: SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        en: 'SHELL requires the arguments to be in JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      },
      noFrom: {
        ko: 'FROM이 없습니다. Dockerfile은 FROM으로 베이스 이미지를 정해야 합니다.',
        en: 'No FROM instruction: a Dockerfile must name its base image with FROM.',
      },
      needsArgument: {
        ko: '{{kw}}에 인수가 하나 이상 필요합니다.',
        en: '{{kw}} requires at least one argument',
      },
      userMissing: {
        ko: 'USER에 사용자가 필요합니다. 예: USER 10001:10001',
        en: 'USER requires exactly one argument',
      },
      userWhitespace: {
        ko: `USER 값 "{{value}}"에 공백이 있습니다. '#' 주석은 줄 맨 앞에서만 주석이고 줄 끝의 '#'부터는 값에 포함되어, 컨테이너가 시작할 때 사용자를 찾지 못합니다. 주석은 별도의 줄로 옮기세요.`,
        en: `The USER value "{{value}}" contains whitespace. '#' starts a comment only at the beginning of a line; a trailing comment becomes part of the value and the container fails to start. Move the comment to its own line.`,
      },
      needsTwoArguments: {
        ko: '{{kw}}에는 원본과 대상, 최소 두 개의 인수가 필요합니다.',
        en: '{{kw}} requires at least two arguments (source and destination)',
      },
      blankName: {
        ko: '{{kw}} 이름이 비어 있습니다.',
        en: '{{kw}} names can not be blank',
      },
      envNoValue: {
        ko: 'ENV {{key}}에 값이 없습니다. ENV {{key}}=<값> 형식으로 쓰세요.',
        en: 'ENV must have two arguments (ENV {{key}}=<value>)',
      },
      envNoEquals: {
        ko: `ENV의 "{{key}}"에 '='이 없습니다. name=value 형식이어야 합니다.`,
        en: `Syntax error - can't find = in "{{key}}". Must be of the form: name=value`,
      },
      healthcheckType: {
        ko: 'HEALTHCHECK 유형 "{{value}}"을(를) 알 수 없습니다(CMD 또는 NONE).',
        en: 'Unknown type "{{value}}" in HEALTHCHECK (try CMD)',
      },
      stageName: {
        ko: '빌드 stage 이름 "{{value}}"이(가) 올바르지 않습니다. 소문자로 시작하고 기호를 쓰지 마세요.',
        en: `invalid name for build stage: "{{value}}", name can't start with a number or contain symbols`,
      },
      duplicateStage: {
        ko: 'stage 이름 "{{alias}}"이(가) 중복됩니다.',
        en: 'duplicate stage name "{{alias}}"',
      },
      fromArguments: {
        ko: 'FROM에는 인수가 1개(이미지) 또는 3개(이미지 AS 이름)여야 합니다.',
        en: 'FROM requires either one or three arguments',
      },
      runTooLarge: {
        ko: 'RUN 셸 스크립트가 너무 커서({{maxLength}}자 또는 구문 요소 약 {{maxNodes}}개 초과) 셸 분석과 RUN 검사를 건너뜁니다. 긴 스크립트는 파일로 COPY한 뒤 실행하세요.',
        en: 'The RUN shell script is too large ({{message}}); shell analysis and the RUN checks were skipped. COPY a script file and run it instead.',
      },
      runSyntax: {
        ko: 'RUN의 셸 스크립트를 해석할 수 없습니다({{line}}행 {{column}}열): {{message}}',
        en: 'The RUN shell script does not parse (line {{line}}, column {{column}}): {{message}}',
      },
    },
    examples: {
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nUSER 10001\n' }],
      bad: [
        {
          file: 'Dockerfile',
          text: 'RUN echo hi\n',
          errors: [
            { messageId: 'noFrom', line: 1, column: 1, endLine: 1, endColumn: 4 },
            { messageId: 'beforeFrom', line: 1, column: 1, endLine: 1, endColumn: 4 },
          ],
        },
      ],
    },
    securitySeverity: 2.0,
  },
};
