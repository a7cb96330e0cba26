/** Types of an audit's analysis: coverage per service, what is granted beyond need, the findings. */
import type { ActionIndex, IndexedAction } from '../../../catalog/action-index';
import type { AccessLevel, EditionId, ServiceId } from '../../../catalog/types';
import type { Finding } from '../types';

/** How much of what the edition grants a service the pasted policy allows. */
export type CoverageStatus = 'full' | 'partial' | 'none';

/** One service the edition offers, compared with the pasted policy (exact actions). */
export interface ServiceCoverage {
  serviceId: ServiceId;
  name: string;
  status: CoverageStatus;
  /** Edition actions the policy allows. */
  granted: string[];
  /** Edition actions the policy lacks. */
  missing: string[];
}

/** Access levels beyond read-only. */
export type ElevatedLevel = Exclude<AccessLevel, 'List' | 'Read'>;

/** The actions of a part of the analysis, with their count. */
export interface ActionList {
  count: number;
  actions: IndexedAction[];
}

/** The audit of a pasted policy against an edition. */
export interface PolicyAnalysis {
  editionId: EditionId;
  dataset: ActionIndex['dataset'];
  /** Every exact action the policy grants, after Deny, sorted. */
  allowed: IndexedAction[];
  levelCounts: Record<AccessLevel, number>;
  /** Every service the edition offers, in catalog order. */
  services: ServiceCoverage[];
  /** Services covered fully or partly, in catalog order. */
  coveredServiceIds: ServiceId[];
  /** Services the edition offers that the policy does not cover at all: Cloudcraft skips them. */
  uncoveredServiceIds: ServiceId[];
  /** False when the policy grants none of the edition's EC2 actions: Cloudcraft cannot scan. */
  ec2Covered: boolean;
  /** Write, Permissions management and Tagging actions granted. */
  beyondReadOnly: ActionList & { counts: Record<ElevatedLevel, number> };
  /** Granted actions the edition does not grant to any service. */
  surplus: ActionList & { byPrefix: { prefix: string; count: number }[] };
  /** Edition actions the covered services lack. */
  missing: { count: number; byService: { serviceId: ServiceId; actions: string[] }[] };
  /** Granted reads that return data or secrets. */
  sensitive: { action: string; reason: string }[];
  /** The parser's findings, then the analysis's. */
  findings: Finding[];
}
