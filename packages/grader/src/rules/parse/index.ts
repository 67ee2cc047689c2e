/**
 * parse/* and internal/*: findings that do not come from a rule's check but from the parsers and the engine.
 * Every id that can appear in a result has metadata (and its messages), so formats can describe it.
 */
import type { MetaRule } from '../../rule';
import { ignoreComment } from '../internal/ignore-comment';
import { ruleError } from '../internal/rule-error';
import { dockerfileSyntax } from './dockerfile-syntax';
import { empty } from './empty';
import { yamlAliases } from './yaml-aliases';
import { yamlDuplicateKey } from './yaml-duplicate-key';
import { yamlSyntax } from './yaml-syntax';
import { yamlTooLarge } from './yaml-too-large';

export const RULE_ERROR_ID = ruleError.meta.id;
export const IGNORE_COMMENT_ID = ignoreComment.meta.id;
export const EMPTY_ID = empty.meta.id;

export const parseRules: readonly MetaRule[] = [yamlSyntax, yamlDuplicateKey, yamlAliases, yamlTooLarge, dockerfileSyntax, empty, ruleError, ignoreComment];
export const parseRuleMetas = parseRules.map((r) => r.meta);
