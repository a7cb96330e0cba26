/** Turns a comparison into the rows the chart and the table both draw, so the two cannot disagree. */
import type { BaselinesData } from '../../catalog/baselines';
import type { BaselineComparison } from '../../core/baseline-comparison';

/** One policy as the chart and the table show it. */
export interface PolicyRow {
  id: string;
  /** `This policy` or the managed policy's name. */
  name: string;
  /** The edition (ours), or the managed policy's version and date. */
  detail: string;
  list: number;
  read: number;
  beyond: number;
  total: number;
  dataReads: number;
}

/** `2026-07-21T18:42:30.000Z` -> `2026-07-21`. */
export const isoDay = (date: string): string => date.slice(0, 10);

/** Our policy first, then each AWS managed policy in the data's order. */
export function comparisonRows(
  comparison: BaselineComparison,
  data: BaselinesData,
  editionLabel: string,
): PolicyRow[] {
  const { ours, baselines } = comparison;
  const counts = ({ list, read, beyond, total, dataReads }: typeof ours) => ({
    list,
    read,
    beyond,
    total,
    dataReads: dataReads.length,
  });
  return [
    { id: ours.id, name: 'This policy', detail: editionLabel, ...counts(ours) },
    ...baselines.map((b) => {
      const source = data.baselines.find((s) => s.name === b.id);
      const detail = source ? `${source.versionId} of ${isoDay(source.versionDate)}` : '';
      return { id: b.id, name: b.id, detail, ...counts(b) };
    }),
  ];
}
