import type { YamlRule } from '../rule';
export const schemaRules: YamlRule[] = [];
