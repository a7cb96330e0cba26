/** Types of the permission catalog: the hand-written source and the generated, validated form. */

/** An IAM access level, normalised from AWS's service authorization data. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** Stable identifier of a Cloudcraft-discovered service (e.g. `ec2`, `ecr`). */
export type ServiceId = string;

/** Stable identifier of a published edition of Cloudcraft's policy. */
export type EditionId = 'custom-2018-06-01' | 'custom-20230818' | 'minimal-2025-01';

/** A service category, used to group services on the page. */
export type Category =
  | 'Compute'
  | 'Containers'
  | 'Networking and content delivery'
  | 'Storage'
  | 'Databases'
  | 'Application integration'
  | 'Analytics'
  | 'Security'
  | 'Management';

/** A service Cloudcraft discovers, as reviewed by hand. */
export interface ServiceSource {
  id: ServiceId;
  name: string;
  category: Category;
  /** IAM service prefixes whose actions this service's patterns use. */
  prefixes: string[];
  /** The Cloudcraft components this service feeds: what the diagram loses when it is unticked. */
  feeds: string;
  /** Why Cloudcraft needs it, when it is required (EC2 only). */
  requiredReason?: string;
  /** Extra setup the policy alone does not cover (EKS's aws-auth mapping). */
  note?: string;
}

/** One grant of an edition: an action pattern, optionally scoped to resources. */
export interface GrantSource {
  pattern: string;
  /** ARNs the edition scopes this pattern to; absent means `"*"`. */
  resources?: string[];
  /** Set when the pattern matches no IAM action because the published policy is wrong; never emitted. */
  upstreamError?: string;
}

/** A published version of Cloudcraft's policy. */
export interface EditionSource {
  id: EditionId;
  label: string;
  /** The policy name the edition publishes (what the console steps say to type). */
  policyName: string;
  /** The policy description the edition publishes. */
  description: string;
  /** ISO date (or year-month) of publication. */
  date: string;
  /** Where the text comes from and how sure we are, in one or two sentences. */
  provenance: string;
  /** Per service id, the grants this edition gives it; a service absent here is not offered. */
  grants: Record<ServiceId, (string | GrantSource)[]>;
}

/** A read that exposes data or secrets rather than metadata. */
export interface SensitiveRead {
  action: string;
  reason: string;
}

/** One IAM action granted by a pattern, with its access level as of the dataset date. */
export interface CatalogAction {
  /** Canonical `prefix:Name` spelling from AWS's data. */
  action: string;
  level: AccessLevel;
}

/** A validated grant: its pattern, resources and the exact actions it grants. */
export interface CatalogGrant {
  pattern: string;
  resources: string[] | '*';
  actions: string[];
}

/** A grant the build dropped because the edition publishes it in error. */
export interface DroppedGrant {
  pattern: string;
  reason: string;
}

/** A service of one edition in the generated catalog. */
export interface CatalogEditionService {
  grants: CatalogGrant[];
  dropped: DroppedGrant[];
}

/** An edition in the generated catalog. */
export interface CatalogEdition extends Omit<EditionSource, 'grants'> {
  services: Record<ServiceId, CatalogEditionService>;
}

/** The generated catalog the browser bundles. */
export interface GeneratedCatalog {
  generatedBy: string;
  dataset: { package: string; version: string; updatedAt: string };
  services: (ServiceSource & { required: boolean })[];
  editions: CatalogEdition[];
  /** Access level of every action any edition grants, keyed by canonical name. */
  actions: Record<string, AccessLevel>;
  /** Reads flagged as exposing data or secrets, keyed by canonical name, limited to granted ones. */
  sensitive: Record<string, string>;
}
