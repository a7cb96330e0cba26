import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalog as catalog } from '../catalog/bundled';
import { compareText } from './compare';
import { buildPolicy, type PolicyDocument, type PolicyMode } from './policy';
import { fitPolicy, MANAGED_POLICY_LIMIT } from './policy-parts';
import { matchesPattern, splitAction } from '../catalog/action-pattern';
import { renderPolicyJson } from './render-policy-json';
import { propertyRuns } from '../test/property-runs';

/** On the bundled catalog: every policy the page can emit is read-only as AWS's data says. */
const ids = catalog.services.map((s) => s.id);
/** Random subsets of the catalog's ids and a few that are not, in random order. */
const selections = fc
  .subarray([...ids, 'unknown', '__proto__', 'EC2'])
  .chain((s) => fc.shuffledSubarray(s, { minLength: s.length }));
const modes: PolicyMode[] = ['published', 'exact'];
const READ_ONLY = new Set(['List', 'Read']);

/** `resource action` pairs of a document, to compare what two documents grant. */
function grantsOf(documents: PolicyDocument[]): string[] {
  return documents
    .flatMap((d) =>
      d.Statement.flatMap((s) => s.Action.map((a) => `${JSON.stringify(s.Resource)} ${a}`)),
    )
    .sort();
}

describe.each(catalog.editions.flatMap((e) => modes.map((mode) => [e.id, mode] as const)))(
  'random selections, edition %s, mode %s',
  (editionId, mode) => {
    const edition = catalog.getEdition(editionId);
    const patterns = new Set(
      Object.values(edition.services).flatMap((s) => s.grants.map((g) => g.pattern)),
    );

    it('give valid, deterministic, read-only policies with EC2, each part within the limit', () => {
      fc.assert(
        fc.property(selections, (selection) => {
          const model = buildPolicy(catalog, selection, editionId, { mode });
          const fitted = fitPolicy(model);
          const text = renderPolicyJson(fitted.document);
          const parsed = JSON.parse(text) as PolicyDocument;
          expect(parsed.Version).toBe('2012-10-17');

          const granted = parsed.Statement.flatMap((s) => s.Action);
          expect(granted.some((a) => a.toLowerCase().startsWith('ec2:'))).toBe(true);
          const foreign = granted.filter((a) =>
            mode === 'exact' ? !READ_ONLY.has(catalog.accessLevelOf(a) ?? '') : !patterns.has(a),
          );
          expect(foreign).toEqual([]);
          const notReadOnly = (a: string) => !READ_ONLY.has(catalog.accessLevelOf(a) ?? '');
          expect(model.exactActions.filter(notReadOnly)).toEqual([]);
          const byPrefix = new Map<string | undefined, string[]>();
          for (const a of granted) {
            const prefix = splitAction(a)?.prefix;
            byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), a]);
          }
          const uncovered = model.exactActions.filter(
            (a) => !(byPrefix.get(splitAction(a)?.prefix) ?? []).some((p) => matchesPattern(p, a)),
          );
          expect(uncovered).toEqual([]);

          for (const statement of parsed.Statement) {
            const lower = statement.Action.map((a) => a.toLowerCase());
            expect(new Set(lower).size).toBe(lower.length);
            expect([...statement.Action].sort(compareText)).toEqual(statement.Action);
          }

          expect(grantsOf(fitted.parts.map((p) => p.document))).toEqual(grantsOf([parsed]));
          for (const part of fitted.parts) {
            expect(part.size).toBeLessThanOrEqual(MANAGED_POLICY_LIMIT);
            expect(part.size).toBe(renderPolicyJson(part.document, { minify: true }).length);
          }
          if (fitted.size <= MANAGED_POLICY_LIMIT) expect(fitted.parts).toHaveLength(1);

          const again = fitPolicy(
            buildPolicy(catalog, [...selection].reverse(), editionId, { mode }),
          );
          expect(again.parts.map((p) => renderPolicyJson(p.document))).toEqual(
            fitted.parts.map((p) => renderPolicyJson(p.document)),
          );
          expect(renderPolicyJson(again.document)).toBe(text);
        }),
        { numRuns: propertyRuns(1000) },
      );
    }, 120_000);
  },
);
