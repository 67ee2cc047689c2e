/** Audit policy rules (audit/*), ordered by id. */
import type { YamlRule } from '../../rule';
import { auditNoCatchAll } from './no-catch-all';
import { auditOmitRequestReceived } from './omit-request-received';
import { auditOmittedStages } from './omitted-stages';
import { auditPayloadLeak } from './payload-leak';
import { auditUserWildcard } from './user-wildcard';
import { auditWrongGroup } from './wrong-group';

export const auditRules: YamlRule[] = [auditNoCatchAll, auditOmitRequestReceived, auditOmittedStages, auditPayloadLeak, auditUserWildcard, auditWrongGroup];
