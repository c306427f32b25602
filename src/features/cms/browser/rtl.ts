import type { AdminContext } from './types';

/**
 * Right-to-left editing. Decap's editor is left-to-right only, so this watches its DOM:
 * each language pane of the i18n editor (found by its "writing in FA" button) gets the
 * language's `lang` and `dir`, and so does every field labelled with a language name (the
 * fa/ar/en parts of a localised name). Every other text box gets `dir="auto"`, so Persian
 * typed anywhere still reads right-to-left.
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

/** Applies directions to the current DOM; cheap enough to run on every mutation batch. */
export function applyDirections(root: ParentNode, context: AdminContext, paneButton: RegExp): void {
	const buttons = [...root.querySelectorAll('button, [role="button"], span, div')].filter((element) => element.childElementCount === 0 && paneButton.test(element.textContent ?? ''));
	for (const button of buttons) {
		const locale = paneButton.exec(button.textContent ?? '')?.[1]?.toLowerCase();
		const dir = locale ? context.dirs[locale as keyof typeof context.dirs] : undefined;
		const pane = dir ? paneOf(button, buttons) : null;
		if (pane && locale && dir) {
			mark(pane, locale, dir);
			pane.dataset.bayanLocale = locale;
			for (const box of pane.querySelectorAll<HTMLElement>(textBoxes)) if (!box.closest('[data-bayan-fixed]')) mark(box, locale, dir);
		}
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

/** Keeps directions applied while Decap re-renders. */
export function watchDirections(context: AdminContext, writingInLocale: string): void {
	// "نوشتن به %{locale}" → /^نوشتن به (FA|AR|EN)$/
	const escaped = writingInLocale.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('%\\{locale\\}', `(${Object.keys(context.dirs).join('|').toUpperCase()})`);
	const paneButton = new RegExp(`^\\s*${escaped}\\s*$`);
	let queued = false;
	const run = () => {
		queued = false;
		applyDirections(document, context, paneButton);
	};
	new MutationObserver(() => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(run);
	}).observe(document.body, { childList: true, subtree: true });
	run();
}
