/** ERRATA §2.2: the distroless variant (chapter kubernetes-security, an alternative answer of lab dockerfile-base-image). */
import type { CourseSample } from './types';

export const dockerfileDistroless: CourseSample = {
  id: 'dockerfile-distroless',
  lang: 'dockerfile',
  file: 'Dockerfile',
  text: `FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .

FROM gcr.io/distroless/nodejs24-debian13:nonroot
WORKDIR /app
COPY --from=build /app /app
# distroless의 nonroot 사용자(65532)를 숫자로 적어 kubelet이 runAsNonRoot를 확인할 수 있게 합니다
USER 65532:65532
# 이 이미지의 ENTRYPOINT가 이미 node입니다
CMD ["server.js"]
`,
};
