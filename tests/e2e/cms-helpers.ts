import { expect, type Locator } from '@playwright/test';

/**
 * The raw (Markdown) text of a language pane's body in Decap's form: its toggle from rich text
 * to Markdown switched on, then the plain-text editable box that follows it. Shared by the CMS
 * specs, which both type bodies the check must refuse or let through.
 */
export async function rawBody(pane: Locator): Promise<Locator> {
	const toggle = pane.getByText('ویرایشگر متن', { exact: true }).first().locator('xpath=..').getByRole('switch');
	if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
	await expect(toggle).toHaveAttribute('aria-checked', 'true');
	const raw = toggle.locator('xpath=following::*[@contenteditable="true"][1]');
	await expect(raw).toBeVisible();
	return raw;
}
