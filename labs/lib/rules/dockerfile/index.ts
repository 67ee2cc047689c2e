import type { DockerfileRule } from '../../rule';
export const dockerfileRules: DockerfileRule[] = [];
