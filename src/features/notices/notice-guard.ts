/**
 * What the banner's guard script decides in the browser: whether a notice rendered at
 * build time should show *now*. The page may be viewed a day after it was built, so the
 * build's verdict is only a first guess. The functions the script runs use nothing from
 * outside themselves (they are serialised with `toString()`), so the script stays tiny; the
 * one import is for the build-time serializer only.
 */

import { jsonForScript } from '../../core/json-script';

/** localStorage key holding the ids (slugs) of notices the reader dismissed, as a JSON array. */
export const dismissedStorageKey = 'bayan:dismissed-notices';

/** A notice as the guard reads it from the banner's data attributes. */
export interface GuardedNotice {
	/** The notice slug, shared by its translations, so a dismissal holds in every language. */
	id: string;
	/** Epoch milliseconds. */
	start: number;
	/** Epoch milliseconds; `NaN` or absent when the notice has no end. */
	end?: number;
	/** Critical notices ignore dismissals. */
	critical: boolean;
}

/** Whether a notice shows at `now`: inside its window (`start ≤ now < end`) and not dismissed (unless critical). */
export function noticeVisible(notice: GuardedNotice, now: number, dismissed: ReadonlySet<string>): boolean {
	if (now < notice.start) return false;
	if (notice.end !== undefined && !Number.isNaN(notice.end) && now >= notice.end) return false;
	return notice.critical || !dismissed.has(notice.id);
}

/** Reads the stored dismissals; anything unreadable (old format, hand-edited, blocked storage) counts as none. */
export function parseDismissed(raw: string | null | undefined): Set<string> {
	try {
		const value: unknown = JSON.parse(raw ?? '[]');
		return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
	} catch {
		return new Set();
	}
}

/**
 * The banner's guard program. It is printed into the page as a classic inline script right
 * after the banner (see `noticeGuardScript`), so it runs while the page is parsed, before
 * anything below the banner is laid out: a notice that expired or started since the build
 * is hidden or shown without shifting the page. Its helpers are passed in because the
 * function is serialised with `toString()` and cannot see this module's scope.
 */
export function runNoticeGuard(
	storageKey: string,
	visible: typeof noticeVisible,
	parse: typeof parseDismissed,
): void {
	const banner = document.querySelector<HTMLElement>('[data-notice-banner]');
	if (!banner) return;
	// Dismissals made while storage is blocked (private mode, policy) still hold for this page view.
	const session = new Set<string>();
	const read = (): Set<string> => {
		let raw: string | null = null;
		try {
			raw = localStorage.getItem(storageKey);
		} catch {
			// Storage unavailable: only this view's dismissals count.
		}
		const dismissed = parse(raw);
		for (const id of session) dismissed.add(id);
		return dismissed;
	};
	const guard = (): void => {
		const dismissed = read();
		const now = Date.now();
		let any = false;
		for (const item of banner.querySelectorAll<HTMLElement>('[data-notice]')) {
			const { notice = '', start = '', end } = item.dataset;
			const shown = visible({ id: notice, start: Date.parse(start), end: end ? Date.parse(end) : undefined, critical: item.hasAttribute('data-critical') }, now, dismissed);
			item.hidden = !shown;
			any ||= shown;
		}
		banner.hidden = !any;
	};
	banner.classList.add('notices-js');
	banner.addEventListener('click', (event) => {
		const item = (event.target as Element).closest<HTMLElement>('[data-dismiss]')?.closest<HTMLElement>('[data-notice]');
		if (!item) return;
		const dismissed = read();
		session.add(item.dataset.notice!);
		dismissed.add(item.dataset.notice!);
		try {
			localStorage.setItem(storageKey, JSON.stringify([...dismissed]));
		} catch {
			// Kept for this view only.
		}
		guard();
		// Focus would otherwise fall back to <body>; keep keyboard users where they were.
		const next = banner.querySelector<HTMLElement>('[data-notice]:not([hidden]) [data-dismiss]');
		(next ?? document.getElementById('main'))?.focus();
	});
	guard();
	setInterval(guard, 60_000);
	addEventListener('storage', guard);
	addEventListener('pageshow', guard);
}

/**
 * The guard as the source of an inline script: the program and its helpers, serialised.
 * The data it is called with goes through the script serializer like every JSON in a
 * `<script>`, so changing the key can never close the element.
 */
export function noticeGuardScript(): string {
	return `(${runNoticeGuard.toString()})(${jsonForScript(dismissedStorageKey)},${noticeVisible.toString()},${parseDismissed.toString()});`;
}
