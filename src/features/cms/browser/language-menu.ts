import type { PaneLabels } from './rtl';

/**
 * The translation controls of Decap's i18n editor, in language names rather than ISO codes
 * (rtl.ts relabels the pane's "writing in FA" button and the menus' items):
 *
 * - "copy from" asks `window.confirm("… from FA …?")` with the code in Decap's own call
 *   (EditorControlPane's `copyFromOtherLocale`), out of reach of the page's DOM: the question
 *   is given the language's name on its way to the browser's dialog;
 * - typing in a language menu moves to the item whose name starts with what was typed.
 *   Decap's menus (react-aria-menubutton's focus-group) match the text the item had when it
 *   mounted (the code) and only Latin letters, so in Persian "ع" found nothing and "a" found
 *   العربية by its code; here the names shown are matched, in any script.
 */

/** Attribute rtl.ts sets on a language menu item it relabels: the language's code. */
export const LANGUAGE_ITEM = 'data-bayan-language';

/** The copy-from question with the language's name for its code; any other message unchanged. */
export function namedConfirm(message: string, labels: Pick<PaneLabels, 'localeOf' | 'label'>): string {
	const locale = labels.localeOf(message);
	return locale ? labels.label(locale) : message;
}

/**
 * The item to move to when `search` has been typed in a menu whose items read `names`, with
 * item `current` focused: the first whose name starts with it (case and script as the reader
 * sees them), looking after the current item first for a single letter (typing it again steps
 * through items with that letter), from the current one for a longer search (it narrows the
 * same item down). Undefined when no name matches.
 */
export function typeAheadIndex(names: readonly string[], current: number, search: string, locale: string): number | undefined {
	const wanted = search.toLocaleLowerCase(locale);
	if (!wanted) return undefined;
	const start = wanted.length === 1 ? current + 1 : Math.max(current, 0);
	for (let step = 0; step < names.length; step++) {
		const index = (((start + step) % names.length) + names.length) % names.length;
		if (names[index]?.trim().toLocaleLowerCase(locale).startsWith(wanted)) return index;
	}
	return undefined;
}

/** How long typed letters add up to one search (focus-group's own delay). */
const SEARCH_DELAY_MS = 800;

/** Installs both behaviours on the admin page. `labels` reads the copy-from question (Decap's phrase). */
export function nameLanguagesInMenus(confirmLabels: Pick<PaneLabels, 'localeOf' | 'label'>, locale: string): void {
	const confirm = window.confirm.bind(window);
	window.confirm = (message?: string) => confirm(typeof message === 'string' ? namedConfirm(message, confirmLabels) : message);

	let search = '';
	let lastKey = 0;
	// On window, capturing: before focus-group's listener on document, which would otherwise move by the code.
	window.addEventListener(
		'keydown',
		(event) => {
			if (event.key.length !== 1 || event.key === ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
			const focused = document.activeElement;
			const menu = focused?.closest('[role="menu"]');
			if (!menu) return;
			const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
			if (!items.length || !items.every((item) => item.hasAttribute(LANGUAGE_ITEM))) return;
			event.preventDefault();
			event.stopImmediatePropagation();
			search = event.timeStamp - lastKey < SEARCH_DELAY_MS ? search + event.key : event.key;
			lastKey = event.timeStamp;
			const current = items.findIndex((item) => item === focused || item.contains(focused));
			const names = items.map((item) => item.textContent ?? '');
			let index = typeAheadIndex(names, current, search, locale);
			// Letters that together name nothing: the last one starts a new search (a quick "ا" then "ع" finds عربی).
			if (index === undefined && search.length > 1) {
				search = event.key;
				index = typeAheadIndex(names, current, search, locale);
			}
			if (index !== undefined) items[index]?.focus();
		},
		true,
	);
}
