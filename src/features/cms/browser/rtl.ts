import { LANGUAGE_ITEM, nameLanguagesInMenus } from './language-menu';
import type { AdminContext } from './types';

/**
 * Right-to-left editing. Decap's editor is left-to-right only, so this watches its DOM:
 * each language pane of the i18n editor (found by its "writing in FA" button) gets the
 * language's `lang` and `dir`, and so does every field labelled with a language name (the
 * fa/ar/en parts of a localised name). Every other text box gets `dir="auto"`, so Persian
 * typed anywhere still reads right-to-left.
 *
 * Decap labels each pane and its language menu with the language's code ("writing in FA",
 * items "ar", "en"): an editor should not have to know ISO codes, so those labels are given
 * the language's name in the admin's language ("نوشتن به فارسی").
 */

const textBoxes = 'input[type="text"], input:not([type]), textarea, [contenteditable="true"]';

/**
 * Finds the pane a language button belongs to: the nearest ancestor that also holds form
 * fields (labels). Climbing further would flip Decap's toolbar, which stays left-to-right.
 */
function paneOf(button: Element, buttons: Element[]): HTMLElement | null {
	for (let node = button.parentElement; node && node !== document.body; node = node.parentElement) {
		if (buttons.some((other) => other !== button && node.contains(other))) return null;
		if (node.querySelector('label')) return node;
	}
	return null;
}

function mark(element: HTMLElement, locale: string, dir: string): void {
	if (element.getAttribute('lang') !== locale) element.setAttribute('lang', locale);
	if (element.getAttribute('dir') !== dir) element.setAttribute('dir', dir);
}

/** The "writing in …" label of a language pane: how to recognise it and what it should say. */
export interface PaneLabels {
	/** The language a label names, by code as Decap writes it or by name as rewritten here; undefined for other text. */
	localeOf(text: string): string | undefined;
	/** The label with the language's name. */
	label(locale: string): string;
	/** The name of a language, in the admin's language. */
	name(locale: string): string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pane labels for Decap's phrase (`writingInLocale`, "نوشتن به %{locale}") and the
 * languages' names in the admin's language (code → name).
 */
export function paneLabels(writingInLocale: string, names: Record<string, string>): PaneLabels {
	const byText = new Map<string, string>();
	for (const [locale, languageName] of Object.entries(names)) {
		byText.set(locale.toUpperCase(), locale);
		byText.set(languageName, locale);
	}
	const alternatives = [...byText.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const [before = '', after = ''] = writingInLocale.split('%{locale}');
	const pattern = new RegExp(`^\\s*${escapeRegExp(before)}(${alternatives.join('|')})${escapeRegExp(after)}\\s*$`);
	const name = (locale: string) => names[locale] ?? locale.toUpperCase();
	return {
		localeOf: (text) => {
			const match = pattern.exec(text);
			return match ? byText.get(match[1]!) : undefined;
		},
		label: (locale) => `${before}${name(locale)}${after}`,
		name,
	};
}

/**
 * Gives a Decap label the text `text` by changing its one text node in place: React keeps
 * that node and only writes it again when its own value changes (replacing the node would
 * leave React holding a detached one, and unmounting it would then throw).
 */
function relabel(element: Element, text: string): void {
	const node = element.firstChild;
	if (element.childNodes.length !== 1 || !node || node.nodeType !== Node.TEXT_NODE) return;
	if (node.nodeValue !== text) node.nodeValue = text;
}

/** Applies directions and language names to the current DOM; cheap enough to run on every mutation batch. */
export function applyDirections(root: ParentNode, context: AdminContext, labels: PaneLabels): void {
	// Decap's own pane buttons only: text an editor typed (a body, an input, a picked value) that
	// happens to read "Writing in English" is content, never relabelled or taken for a pane.
	const buttons = [...root.querySelectorAll('button, [role="button"], span, div')].filter(
		(element) =>
			element.childElementCount === 0 &&
			!element.closest('[contenteditable], [data-slate-editor], input, textarea, [class*="singleValue"], [class*="multiValue"]') &&
			labels.localeOf(element.textContent ?? ''),
	);
	const admin = context.uiIntl.locale;
	for (const button of buttons) {
		const locale = labels.localeOf(button.textContent ?? '');
		const dir = locale ? context.dirs[locale as keyof typeof context.dirs] : undefined;
		const pane = dir ? paneOf(button, buttons) : null;
		if (pane && locale && dir) {
			mark(pane, locale, dir);
			pane.dataset.bayanLocale = locale;
			for (const box of pane.querySelectorAll<HTMLElement>(textBoxes)) if (!box.closest('[data-bayan-fixed]')) mark(box, locale, dir);
			relabel(button, labels.label(locale));
			// Its words are the admin's, inside a pane marked with the pane's language: read in the admin's voice.
			mark(button as HTMLElement, admin, context.dirs[admin]);
		}
	}
	// The items of the panes' language menus ("writing in", "copy from") are bare codes too.
	for (const item of root.querySelectorAll('[role="menuitem"]')) {
		const code = (item.textContent ?? '').trim();
		if (!Object.hasOwn(context.dirs, code)) continue;
		const leaf = item.childElementCount === 0 ? item : [...item.querySelectorAll('*')].find((element) => element.childElementCount === 0 && element.textContent?.trim() === code);
		if (!leaf) continue;
		relabel(leaf, labels.name(code));
		// Typing in the menu then matches the names shown (language-menu.ts).
		item.setAttribute(LANGUAGE_ITEM, code);
	}
	// Fields named after a language (name.fa, name.ar …) outside the i18n panes.
	for (const labelElement of root.querySelectorAll<HTMLLabelElement>('label[for]')) {
		const locale = context.localeLabels[(labelElement.textContent ?? '').trim()];
		if (!locale) continue;
		const box = document.getElementById(labelElement.htmlFor);
		if (box) mark(box, locale, context.dirs[locale]);
	}
	for (const box of root.querySelectorAll<HTMLElement>(textBoxes)) {
		if (!box.hasAttribute('dir')) box.setAttribute('dir', 'auto');
	}
}

/**
 * Keeps directions applied while Decap re-renders, and names languages where Decap writes codes:
 * the panes' "writing in" (`writingInLocale`), the menus, the "copy from" question (`copyFromLocaleConfirm`).
 */
export function watchDirections(context: AdminContext, writingInLocale: string, copyFromLocaleConfirm?: string): void {
	const names = Object.fromEntries(Object.entries(context.localeLabels).map(([languageName, locale]) => [locale, languageName]));
	const labels = paneLabels(writingInLocale, names);
	if (copyFromLocaleConfirm) nameLanguagesInMenus(paneLabels(copyFromLocaleConfirm, names), context.uiIntl.bcp47);
	let queued = false;
	const run = () => {
		queued = false;
		applyDirections(document, context, labels);
	};
	new MutationObserver(() => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(run);
	}).observe(document.body, { childList: true, subtree: true });
	run();
}
