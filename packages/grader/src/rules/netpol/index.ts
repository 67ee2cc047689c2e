/** NetworkPolicy rules (netpol/*), judged on the scenario of all YAML files of one call; ordered by id. */
import type { YamlRule } from '../../rule';
import { anyPeer } from './any-peer';
import { namespaceNameLabel } from './namespace-name-label';
import { noDnsEgress } from './no-dns-egress';
import { orNotAnd } from './or-not-and';
import { selectorNoMatch } from './selector-no-match';

export const netpolRules: YamlRule[] = [anyPeer, namespaceNameLabel, noDnsEgress, orNotAnd, selectorNoMatch];
