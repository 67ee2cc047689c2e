/** schema/* rules: structural validation of Kubernetes objects, run before the course rules (one analysis per object). */
import type { YamlRule } from '../../rule';
import { apiDeprecatedRule } from './api-deprecated';
import { apiValidationRule } from './api-validation';
import { requiredRule } from './required';
import { selectorMismatchRule } from './selector-mismatch';
import { typeRule } from './type';
import { unknownFieldRule } from './unknown-field';
import { unknownKindRule } from './unknown-kind';

/** Ordered: the missing-field and wrong-type findings come before finer ones. */
export const schemaRules: YamlRule[] = [apiDeprecatedRule, unknownKindRule, requiredRule, unknownFieldRule, typeRule, selectorMismatchRule, apiValidationRule];
