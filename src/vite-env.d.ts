/** Build-time settings Vite reads from the environment (see README, "Host it"). */
interface ImportMetaEnv {
  /** The https URL of the S3 prefix holding dist/templates/; turns on the Launch Stack link. */
  readonly VITE_TEMPLATE_BASE_URL?: string;
}
