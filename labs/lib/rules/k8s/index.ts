import type { YamlRule } from '../../rule';
export const k8sRules: YamlRule[] = [];
