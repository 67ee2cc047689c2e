/**
 * What the audit log really records for a request: the level of the first matching rule, lowered by the stages
 * the policy and the rule omit (bodies are written at ResponseStarted/ResponseComplete, so omitting both keeps
 * only metadata; omitting every stage but Panic records nothing). Pure; never throws.
 */
import { levelFor, type AuditLevel, type AuditPolicy, type AuditRequest, type LevelDecision } from './policy';

export interface EffectiveLevel {
  level: AuditLevel;
  decision: LevelDecision;
  /** The rule's level is lowered by omitStages. */
  loweredByStages: boolean;
}

const RANK: Record<AuditLevel, number> = { None: 0, Metadata: 1, Request: 2, RequestResponse: 3 };

export function effectiveLevel(policy: AuditPolicy, req: AuditRequest): EffectiveLevel {
  const decision = levelFor(policy, req);
  const omit = new Set(decision.omitStages);
  let level = decision.level;
  if (omit.has('RequestReceived') && omit.has('ResponseStarted') && omit.has('ResponseComplete')) level = 'None';
  else if (omit.has('ResponseStarted') && omit.has('ResponseComplete') && RANK[level] > RANK.Metadata) level = 'Metadata';
  return { level, decision, loweredByStages: level !== decision.level };
}

export function levelRank(level: AuditLevel): number {
  return RANK[level];
}
