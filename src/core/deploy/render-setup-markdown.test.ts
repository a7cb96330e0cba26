import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { withRole } from '../../test/with-role';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { buildConsoleSteps } from './console-steps';
import { buildDeployment } from './deployment';
import { inlineCode, renderSetupMarkdown } from './render-setup-markdown';

const split = buildDeployment(
  catalog,
  selectAll(catalog),
  'custom-20230818',
  'exact',
  DEFAULT_ROLE_INPUTS,
);

/** The contents of the fenced code blocks of a language. */
function codeBlocks(markdown: string, language: string): string[] {
  return [
    ...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\`$`, 'gm')),
  ].map((m) => m[1] ?? '');
}

describe('renderSetupMarkdown', () => {
  const markdown = renderSetupMarkdown(split);

  it('embeds each policy part as JSON, with the SHA-256 of its minified form', () => {
    const blocks = codeBlocks(markdown, 'json').map((b) => JSON.parse(b));
    expect(blocks).toEqual(split.fitted.parts.map((p) => p.document));
    for (const part of split.fitted.parts) {
      const digest = createHash('sha256').update(JSON.stringify(part.document)).digest('hex');
      expect(markdown).toContain(`\`${digest}\``);
    }
  });

  it('numbers the console steps and says what the policy grants', () => {
    const steps = buildConsoleSteps(split);
    for (const step of steps) expect(markdown).toContain(`\n${step.number}. **${step.title}.**\n`);
    expect(markdown).toMatch(/^# Set up the AWS role for Cloudcraft\n/);
    expect(markdown).toContain('- **Edition:** Cloudcraft custom 20230818');
    expect(markdown).toContain('- **Mode:** exact');
    expect(markdown).toContain('Resource Groups Tagging API');
    expect(markdown).toContain(
      '[IAM Policies](<https://console.aws.amazon.com/iam/home#/policies>)',
    );
  });

  it('keeps typed values inside code spans, whatever they hold', () => {
    const roleName = 'x`` y\n\n# Injected [link](http://example.com)';
    const deployment = withRole(
      buildDeployment(catalog, ['ec2'], 'minimal-2025-01', 'exact', DEFAULT_ROLE_INPUTS),
      {
        ...DEFAULT_ROLE_INPUTS,
        roleName,
      },
    );
    const text = renderSetupMarkdown(deployment);
    expect(text).not.toMatch(/^# Injected/m);
    expect(text).toContain(`- Role name: ${inlineCode(roleName)}`);
  });
});

describe('inlineCode', () => {
  it('fences past the longest backtick run and shows control characters escaped', () => {
    expect(inlineCode('abc')).toBe('`abc`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`a')).toBe('`` `a ``');
    expect(inlineCode('a\nb')).toBe('`"a\\nb"`');
  });
});
