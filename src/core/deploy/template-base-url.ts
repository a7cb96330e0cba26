/**
 * Where an operator published `dist/templates/`: the https URL of an S3 prefix. CloudFormation's
 * quick-create page only takes template URLs on Amazon S3, at most 1,024 characters.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html
 */

/** CreateStack's limit on `TemplateURL`. */
export const TEMPLATE_URL_MAX_LENGTH = 1024;

/** The forms the page accepts, for messages. */
export const TEMPLATE_BASE_URL_FORMS = [
  'https://BUCKET.s3.amazonaws.com/PREFIX/',
  'https://BUCKET.s3.REGION.amazonaws.com/PREFIX/',
  'https://s3.REGION.amazonaws.com/BUCKET/PREFIX/',
  'https://s3.amazonaws.com/BUCKET/PREFIX/',
] as const;

/** S3's bucket naming rule (general purpose buckets): 3 to 63 of a-z, 0-9, `.` and `-`, alphanumeric ends. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d+';
const VIRTUAL_HOSTED = new RegExp(`^(.+)\\.s3(?:\\.(${REGION}))?\\.amazonaws\\.com$`);
const PATH_STYLE = new RegExp(`^s3(?:\\.(${REGION}))?\\.amazonaws\\.com$`);
const LEGACY_DASH_REGION = new RegExp(`(?:^|\\.)s3-(${REGION})\\.amazonaws\\.com$`);

/** A parsed template base URL: the normalised URL (ending in `/`), its bucket and its prefix. */
export interface TemplateBaseUrl {
  url: string;
  bucket: string;
  /** The key prefix inside the bucket as written in the URL, `''` or ending in `/`. */
  prefix: string;
}

function bucketError(bucket: string): string | undefined {
  if (!BUCKET.test(bucket) || bucket.includes('..')) {
    return `"${bucket}" is not an S3 bucket name (3 to 63 of a-z, 0-9, "." and "-").`;
  }
  return undefined;
}

/** Parses a template base URL, or says what is wrong with it and which forms work. */
export function parseTemplateBaseUrl(
  value: string,
): { ok: true; value: TemplateBaseUrl } | { ok: false; error: string } {
  const fail = (why: string) => ({
    ok: false as const,
    error: `${why} Use the https URL of the S3 prefix where dist/templates/ is published, e.g. ${TEMPLATE_BASE_URL_FORMS.join(' or ')}.`,
  });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail(`"${value}" is not a URL.`);
  }
  if (url.protocol !== 'https:') return fail(`"${value}" is not an https URL.`);
  if (url.username || url.password || url.port || url.search || url.hash) {
    return fail(`"${value}" has a user, port, query or fragment; an S3 prefix URL has none.`);
  }
  const host = url.hostname;
  const legacy = LEGACY_DASH_REGION.exec(host);
  if (legacy) {
    const modern = host.replace(`s3-${legacy[1]}.`, `s3.${legacy[1]}.`);
    return fail(
      `"${host}" is S3's legacy dash-region form, which not every region serves; use ${modern}.`,
    );
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const keySegments = PATH_STYLE.test(host) ? segments.slice(1) : segments;
  let bucket: string;
  if (PATH_STYLE.test(host)) {
    if (segments.length === 0) return fail(`"${value}" names no bucket after the host.`);
    bucket = segments[0]!;
  } else {
    const match = VIRTUAL_HOSTED.exec(host);
    if (!match) return fail(`"${host}" is not an Amazon S3 host.`);
    bucket = match[1]!;
    if (bucket.includes('.')) {
      return fail(
        `The bucket "${bucket}" has dots, which S3's https certificate does not cover in the host name; use the path-style form.`,
      );
    }
  }
  const badBucket = bucketError(bucket);
  if (badBucket) return fail(badBucket);
  return {
    ok: true,
    value: {
      url: `${url.origin}/${segments.map((s) => `${s}/`).join('')}`,
      bucket,
      prefix: keySegments.map((s) => `${s}/`).join(''),
    },
  };
}

/** The URL of one template file under a parsed base; throws past CreateStack's 1,024 characters. */
export function templateFileUrl(base: TemplateBaseUrl, fileName: string): string {
  const url = `${base.url}${encodeURIComponent(fileName)}`;
  if (url.length > TEMPLATE_URL_MAX_LENGTH) {
    throw new Error(
      `The template URL ${url} has ${url.length} characters; CloudFormation takes at most ${TEMPLATE_URL_MAX_LENGTH}. Use a shorter S3 prefix.`,
    );
  }
  return url;
}
