/**
 * The parameterised templates as files: one per edition, mode and format, written into
 * `dist/templates/` by the build for an operator to publish on S3 (Launch Stack links point there).
 */
import type { Catalog } from '../../catalog/catalog';
import type { EditionId } from '../../catalog/types';
import type { PolicyMode } from '../policy';
import { renderParameterisedHeader } from './parameterised-metadata';
import { buildParameterisedTemplate } from './parameterised-template';
import type { TemplateFormat } from './render-cloudformation';
import { renderYaml } from './yaml-text';

/** The modes every edition has a template for. */
export const TEMPLATE_MODES: readonly PolicyMode[] = ['published', 'exact'];

/** The folder of `dist/` the templates are written to. */
export const TEMPLATES_FOLDER = 'templates';

/** The file name of an edition and mode's template, e.g. `cloudcraft-role-minimal-2025-01-exact.yaml`. */
export function parameterisedTemplateFileName(
  editionId: EditionId,
  mode: PolicyMode,
  format: TemplateFormat,
): string {
  return `cloudcraft-role-${editionId}-${mode}.${format}`;
}

/** Renders an edition and mode's parameterised template as YAML (with a header) or JSON. */
export function renderParameterisedTemplate(
  catalog: Catalog,
  editionId: EditionId,
  mode: PolicyMode,
  format: TemplateFormat,
): string {
  const template = buildParameterisedTemplate(catalog, editionId, mode);
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  return `${renderParameterisedHeader(catalog, editionId, mode)}\n${renderYaml(template)}`;
}

/** Every parameterised template file: each edition, mode and format. */
export function listParameterisedTemplateFiles(
  catalog: Catalog,
): { fileName: string; text: string }[] {
  const formats: TemplateFormat[] = ['yaml', 'json'];
  return catalog.editions.flatMap((edition) =>
    TEMPLATE_MODES.flatMap((mode) =>
      formats.map((format) => ({
        fileName: parameterisedTemplateFileName(edition.id, mode, format),
        text: renderParameterisedTemplate(catalog, edition.id, mode, format),
      })),
    ),
  );
}
