/**
 * On the real data: a role's baseline, named by ARN, is expanded by the audit to exactly what the
 * comparison counts for it (baselines.json, checked in its turn against an independent expansion of
 * the pinned packages), data reads included, so the page's two views of ReadOnlyAccess cannot
 * disagree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActionIndex, type ActionIndex } from '../../../catalog/action-index';
import { loadBaselineDocuments, type BaselineDocument } from '../../../catalog/baseline-documents';
import { BASELINE_NAMES, baselineArn } from '../../../catalog/baseline-policies';
import { loadBaselines, type BaselinesData } from '../../../catalog/baselines';
import { bundledCatalog as catalog } from '../../../catalog/bundled';
import { runAudit } from '../analysis/run-audit';

let index: ActionIndex;
let documents: BaselineDocument[];
let baselines: BaselinesData;

beforeAll(async () => {
  [index, { documents }, baselines] = await Promise.all([
    loadActionIndex(),
    loadBaselineDocuments(),
    loadBaselines(),
  ]);
});

const context = { accountId: '968898580625', roleName: 'cloudcraft' };

describe('the baselines the audit expands', () => {
  it.each(BASELINE_NAMES)('%s grants what the comparison counts', (name) => {
    const result = runAudit(
      catalog,
      index,
      baselineArn(name),
      'minimal-2025-01',
      context,
      documents,
    );
    const analysis = result.subjects[0]!.analysis;
    const counted = baselines.baselines.find((b) => b.name === name)!;
    const levels = Object.fromEntries(
      Object.entries(analysis.levelCounts).filter(([, n]) => n > 0),
    );
    expect(levels).toEqual(counted.levels);
    expect(analysis.beyondReadOnly.actions.map((a) => a.action)).toEqual(counted.beyondReadOnly);
    // The same reads of data or secrets (ReadOnlyAccess: s3:GetObject, dynamodb:Scan, ...).
    expect(analysis.sensitive.map((r) => r.action).sort()).toEqual([...counted.dataReads].sort());
    expect(result.subjects[0]!.policies).toEqual([
      expect.objectContaining({ origin: 'bundled', versionId: counted.versionId }),
    ]);
  });
});
