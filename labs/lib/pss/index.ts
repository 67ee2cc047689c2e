import type { YamlRule } from '../rule';
export const pssRules: YamlRule[] = [];
