import { expect, type Browser } from '@playwright/test';
import { settle } from './browser';
import { withReadyPage } from './measure-interactions';
import type { Target } from './targets';

/**
 * Issue 12's crafted audit input: 5,000 statements, each allowing every action on every resource,
 * pretty-printed (just under 1 MB, the audit's input limit).
 */
export function craftedAuditInput(statements = 5000): string {
  const statement = (i: number) => ({
    Sid: `S${i}`,
    Effect: 'Allow',
    Action: ['*'],
    Resource: ['*'],
  });
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: Array.from({ length: statements }, (_, i) => statement(i)),
    },
    null,
    4,
  );
}

/** Opens the audit, pastes `text`, presses Audit and times it until the results show. */
export function auditRun(browser: Browser, target: Target, text: string): Promise<number> {
  return withReadyPage(
    browser,
    target,
    async (page) => {
      await page.getByRole('button', { name: 'Open the policy audit' }).click();
      const area = page.getByRole('textbox', { name: 'Policy to audit' });
      await expect(area).toBeFocused();
      // Pasted through the clipboard, as a person would (typing 1 MB would take minutes).
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.keyboard.press('ControlOrMeta+V');
      await expect
        .poll(() => area.evaluate((a: HTMLTextAreaElement) => a.value.length))
        .toBe(text.length);
      await settle(page);
      // The worker loads the action index when the panel opens: let it finish, as a reader would.
      await page.waitForTimeout(1000);
      const start = performance.now();
      await page.getByRole('button', { name: 'Audit', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Audit results' })).toBeVisible({
        timeout: 180_000,
      });
      return performance.now() - start;
    },
    ['clipboard-read', 'clipboard-write'],
  );
}
