/**
 * The course's NetworkPolicy samples through the netpol/* rules:
 * - chapter 04's fences: the check="bad" seed policy gets netpol/namespace-name-label and
 *   netpol/no-dns-egress (plus the OR notice) at exact positions; the check="good" fences get nothing;
 * - the corrected samples of ERRATA §2.5 (content/samples), alone and with §2.3's Namespace and
 *   Deployment, get nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFenceMeta, scanCodeBlocks } from '../../../../../lib/mdx/fence';
import { at, runRules } from '../../../test/yaml-rules';
import { ERRATA_SAMPLES } from '../../../../../content/samples';
import { netpolRules } from './index';

const CHAPTER = join(import.meta.dirname, '../../../../../content/chapters/04-kubernetes-security.mdx');

const ERRATA_2_3 = ERRATA_SAMPLES['2.3'];
const ERRATA_2_5 = ERRATA_SAMPLES['2.5'];

function netpolFences() {
  return scanCodeBlocks(readFileSync(CHAPTER, 'utf8'))
    .filter((b) => b.lang === 'yaml' && /kind: NetworkPolicy/.test(b.code))
    .map((b) => ({ ...parseFenceMeta(b.meta), code: b.code }));
}

describe('course NetworkPolicy samples', () => {
  const fences = netpolFences();

  it('finds the three NetworkPolicy fences of chapter 04', () => {
    expect(fences.map((f) => f.check)).toEqual(['good', 'bad', 'good']);
  });

  it('the seed policy gets the name label, the missing DNS and the OR notice', () => {
    const bad = fences.find((f) => f.check === 'bad')!;
    const f = runRules(netpolRules, bad.code).sort((a, b) => a.line - b.line || a.column - b.column);
    expect(f.map(at)).toEqual([
      'netpol/namespace-name-label@17:15-17:19',
      'netpol/or-not-and@18:11-18:22',
      'netpol/no-dns-egress@24:3-24:9',
      'netpol/namespace-name-label@28:15-28:19',
    ]);
    expect(bad.expect).toEqual(['netpol/namespace-name-label', 'netpol/no-dns-egress']);
  });

  it('the corrected fences get no netpol finding', () => {
    for (const f of fences.filter((x) => x.check === 'good')) expect(runRules(netpolRules, f.code), f.code).toEqual([]);
  });

  it('ERRATA §2.5 gets no finding, alone and with the §2.3 Namespace and Deployment', () => {
    expect(runRules(netpolRules, ERRATA_2_5)).toEqual([]);
    expect(runRules(netpolRules, `${ERRATA_2_3}---\n${ERRATA_2_5}`)).toEqual([]);
  });
});
