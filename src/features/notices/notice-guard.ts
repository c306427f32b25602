/**
 * What the banner's inline script decides in the browser. The page may be viewed a day
 * after it was built, and a notice may have been published since (the notices fast path
 * rewrites only `/<locale>/notices/banner.json`), so the build's HTML is only a first guess:
 * the script re-decides with the viewer's clock, their dismissals and their region, folds
 * the list to fit a phone's first screen, and replaces it with the fresher banner file when
 * there is one. The functions the script runs use nothing from outside themselves (they
 * are serialised with `toString()`), so the script stays small; the imports are the
 * build-time serializer and the shared internal-link check, itself passed in serialised.
 */

import { jsonForScript } from '../../core/json-script';
import { isInternalHref } from '../../core/safe-href';

/** localStorage key holding the notices the reader dismissed, as a JSON array of `<slug>@<version>`. */
export const dismissedStorageKey = 'bayan:dismissed-notices';

/** localStorage key holding the region the reader chose (a region id; absent means every region). */
export const regionStorageKey = 'bayan:region';

/** A notice as the guard reads it from the banner's data attributes. */
export interface GuardedNotice {
	/** The notice slug, shared by its translations, so a dismissal holds in every language. */
	id: string;
	/** The notice's material version (`noticeVersion`): a dismissal holds for this version only. */
	version: string;
	/** Epoch milliseconds. */
	start: number;
	/** Epoch milliseconds; `NaN` or absent when the notice has no end. */
	end?: number | undefined;
	/** Critical notices ignore dismissals. */
	critical: boolean;
	/** Region ids the notice is limited to; empty for everyone. */
	regions: readonly string[];
}

/**
 * Whether a notice shows at `now`: inside its window (`start ≤ now < end`), for the chosen
 * region (a notice without regions is for everyone; no choice shows all) and not dismissed
 * in this version (critical notices cannot be dismissed).
 */
export function noticeVisible(notice: GuardedNotice, now: number, dismissed: ReadonlySet<string>, region: string): boolean {
	if (now < notice.start) return false;
	if (notice.end !== undefined && !Number.isNaN(notice.end) && now >= notice.end) return false;
	if (region && notice.regions.length > 0 && !notice.regions.includes(region)) return false;
	return notice.critical || !dismissed.has(`${notice.id}@${notice.version}`);
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
 * How many of the visible notices (their severities, in banner order) stay unfolded: every
 * critical one, at least one, and all of them when folding would hide a single notice
 * (a "1 more notice" line takes the room the notice itself would).
 */
export function leadCount(severities: readonly string[]): number {
	const lead = Math.max(1, severities.filter((severity) => severity === 'critical').length);
	return severities.length - lead <= 1 ? severities.length : lead;
}

/** Keys and the build instant the guard is called with. */
export interface GuardConfig {
	dismissedKey: string;
	regionKey: string;
}

/**
 * The banner's program. It is printed into the page as a classic inline script right after
 * the banner (see `noticeGuardScript`), so it runs while the page is parsed, before anything
 * below the banner is laid out: an ended notice, a dismissed one, one for another region or
 * the folded rest disappear without shifting the page. Then it fetches the banner file and,
 * when it is newer than the page, redraws the list from it (the `<template>` holds one item's
 * markup). Its helpers are passed in because the function is serialised with `toString()`
 * and cannot see this module's scope.
 */
export function runNoticeGuard(config: GuardConfig, visible: typeof noticeVisible, parse: typeof parseDismissed, lead: typeof leadCount, internal: typeof isInternalHref): void {
	const banner = document.querySelector<HTMLElement>('[data-notice-banner]');
	const list = banner?.querySelector<HTMLElement>('[data-notice-list]');
	const more = banner?.querySelector<HTMLButtonElement>('[data-notice-more]');
	const controls = banner?.querySelector<HTMLElement>('[data-notice-controls]');
	const select = banner?.querySelector<HTMLSelectElement>('[data-region-select]');
	if (!banner || !list || !more || !controls || !select) return;
	const { self = '', feed = '', built = '', bcp47 = 'en', digits = 'latn' } = banner.dataset;
	const forms = JSON.parse(more.dataset.forms ?? '{}') as Record<string, string>;
	// Dismissals and a region chosen while storage is blocked (private mode, policy) still hold for this page view.
	const session = new Set<string>();
	let sessionRegion: string | undefined;
	let expanded = false;
	const load = (key: string): string | null => {
		try {
			return localStorage.getItem(key);
		} catch {
			return null;
		}
	};
	const store = (key: string, value: string): void => {
		try {
			if (value) localStorage.setItem(key, value);
			else localStorage.removeItem(key);
		} catch {
			// Kept for this view only.
		}
	};
	const read = (): Set<string> => {
		const dismissed = parse(load(config.dismissedKey));
		for (const id of session) dismissed.add(id);
		return dismissed;
	};
	const items = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[data-notice]')];
	// A notice in one version: what a dismissal names and what tells two banners apart.
	const keyOf = (item: HTMLElement): string => `${item.dataset.notice}@${item.dataset.version}`;
	const guard = (): void => {
		const dismissed = read();
		const now = Date.now();
		const stored = sessionRegion ?? load(config.regionKey) ?? '';
		// A region removed from the site since it was chosen counts as no choice.
		select.value = [...select.options].some((option) => option.value === stored) ? stored : '';
		const region = select.value;
		let regional = false;
		const shown = items().filter((item) => {
			const { notice = '', version = '', start = '', end, regions = '', severity } = item.dataset;
			const scoped = regions ? regions.split(' ') : [];
			if (scoped.length > 0 && now >= Date.parse(start) && !(end && now >= Date.parse(end))) regional = true;
			const show =
				notice !== self &&
				visible({ id: notice, version, start: Date.parse(start), end: end ? Date.parse(end) : undefined, critical: severity === 'critical', regions: scoped }, now, dismissed, region);
			item.hidden = !show;
			return show;
		});
		const unfolded = lead(shown.map((item) => item.dataset.severity ?? ''));
		for (const [index, item] of shown.entries()) item.classList.toggle('notice-rest', index >= unfolded);
		const rest = shown.length - unfolded;
		if (rest === 0) expanded = false;
		more.hidden = rest === 0;
		more.setAttribute('aria-expanded', String(expanded));
		const label = more.querySelector('[data-more-label]');
		if (label) {
			const count = new Intl.NumberFormat(bcp47, { numberingSystem: digits }).format(rest);
			label.textContent = (forms[new Intl.PluralRules(bcp47).select(rest)] ?? forms.other ?? '').replace('{count}', count);
		}
		banner.classList.toggle('notices-open', expanded);
		// The chooser only when some notice in force is for a region; kept while a choice hides everything, so it can be undone.
		select.closest<HTMLElement>('[data-region]')!.hidden = !regional;
		controls.hidden = more.hidden && !regional;
		banner.hidden = shown.length === 0 && !(regional && region);
	};
	const render = (data: Record<string, unknown>): HTMLElement | null => {
		const template = banner.querySelector<HTMLTemplateElement>('template[data-notice-template]');
		const item = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
		const text = (value: unknown): string => (typeof value === 'string' ? value : '');
		const href = text(data.href);
		if (!item || !internal(href) || !['info', 'warning', 'critical'].includes(text(data.severity))) return null;
		const severity = text(data.severity);
		item.className = `${item.className} notice-${severity}`;
		Object.assign(item.dataset, {
			notice: text(data.id),
			version: text(data.version),
			severity,
			start: text(data.start),
			regions: Array.isArray(data.regions) ? data.regions.filter((id) => typeof id === 'string').join(' ') : '',
		});
		if (data.end) item.dataset.end = text(data.end);
		const body = item.querySelector<HTMLElement>('[data-slot="body"]')!;
		if (data.untranslated) {
			body.lang = text(data.lang);
			body.dir = text(data.dir) === 'ltr' ? 'ltr' : 'rtl';
		} else {
			item.querySelector('[data-slot="untranslated"]')?.remove();
		}
		item.querySelector('path')?.setAttribute('d', text(data.icon));
		const severityLabel = item.querySelector<HTMLElement>('[data-slot="severity"]')!;
		severityLabel.textContent = severityLabel.dataset[severity] ?? '';
		item.querySelector('[data-slot="title"]')!.textContent = text(data.title);
		item.querySelector('[data-slot="summary"]')!.textContent = text(data.summary);
		item.querySelector<HTMLAnchorElement>('[data-slot="link"]')!.href = href;
		const dismiss = item.querySelector<HTMLElement>('[data-dismiss]')!;
		if (severity === 'critical') dismiss.remove();
		else dismiss.setAttribute('aria-label', `${dismiss.getAttribute('aria-label')}: ${text(data.title)}`);
		return item;
	};
	// The short entries of a page carrying more notices than whole lines (the build's pageBannerItems) become whole
	// lines now, while the page is parsed, each at its place in banner order: the guard below decides with every
	// notice, so nothing appears or shifts later. Their summaries come from the banner file.
	const others = banner.querySelector<HTMLElement>('[data-notice-others]');
	if (others) {
		// An entry that cannot be drawn is left out; the places of those after it close up.
		let skipped = 0;
		for (const entry of others.querySelectorAll<HTMLElement>('li[data-notice]')) {
			const link = entry.querySelector('a');
			const { notice, version, severity, start, end, regions = '', icon, at = '', lang } = entry.dataset;
			const item =
				link &&
				render({
					id: notice,
					version,
					severity,
					start,
					end,
					regions: regions ? regions.split(' ') : [],
					icon,
					title: link.textContent?.trim() ?? '',
					summary: '',
					href: link.getAttribute('href') ?? '',
					untranslated: Boolean(lang),
					lang,
					dir: link.dir,
				});
			if (!item) {
				skipped += 1;
				continue;
			}
			// The title as the build wrote it (Latin runs isolated), not as plain text.
			item.querySelector('[data-slot="title"]')!.replaceChildren(...link.childNodes);
			list.insertBefore(item, list.children[Number(at) - skipped] ?? null);
		}
		others.remove();
	}
	const refresh = async (): Promise<void> => {
		try {
			const response = await fetch(feed, { cache: 'no-cache' });
			if (!response.ok) return;
			const data = (await response.json()) as { built?: unknown; notices?: unknown };
			if (typeof data.built !== 'string' || !Array.isArray(data.notices)) return;
			// Entries that are not objects (a damaged or hand-edited file) are passed over, not allowed to stop the rest.
			const notices = data.notices.filter((notice): notice is Record<string, unknown> => typeof notice === 'object' && notice !== null);
			// The lines made from short entries have no summary: filled in place from any banner file (whichever build
			// wrote it: a page an incremental build restored is older than every file after it). Closed lines, so nothing moves.
			const lines = new Map(items().map((item) => [keyOf(item), item]));
			for (const notice of notices) {
				const slot = lines.get(`${String(notice.id)}@${String(notice.version)}`)?.querySelector('[data-slot="summary"]');
				if (slot && !slot.textContent && typeof notice.summary === 'string') slot.textContent = notice.summary;
			}
			// Only a newer banner replaces the page's own (a cached older file never undoes a fresher page).
			if (!(Date.parse(data.built) > Date.parse(built))) return;
			const fresh = notices.map((notice) => render(notice)).filter((item): item is HTMLElement => item !== null);
			if (fresh.map(keyOf).join(' ') === items().map(keyOf).join(' ')) return;
			list.replaceChildren(...fresh);
			guard();
		} catch {
			// Offline or blocked: the page's own banner stays.
		}
	};
	banner.classList.add('notices-js');
	banner.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target.closest('[data-notice-more]')) {
			expanded = !expanded;
			guard();
			return;
		}
		const item = target.closest('[data-dismiss]')?.closest<HTMLElement>('[data-notice]');
		if (!item) return;
		const id = keyOf(item);
		const dismissed = read();
		session.add(id);
		dismissed.add(id);
		store(config.dismissedKey, JSON.stringify([...dismissed]));
		guard();
		// Focus would otherwise fall back to <body>; keep keyboard users where they were.
		const next = banner.querySelector<HTMLElement>('[data-notice]:not([hidden]):not(.notice-rest) [data-dismiss]');
		(next ?? (more.hidden ? null : more) ?? document.getElementById('main'))?.focus();
	});
	select.addEventListener('change', () => {
		sessionRegion = select.value;
		store(config.regionKey, select.value);
		guard();
	});
	guard();
	setInterval(guard, 60_000);
	addEventListener('storage', guard);
	addEventListener('pageshow', guard);
	if (feed) void refresh();
}

/**
 * The guard as the source of an inline script: the program and its helpers, serialised.
 * The data it is called with goes through the script serializer like every JSON in a
 * `<script>`, so changing a key can never close the element. The text is the same on
 * every page, so one CSP hash covers it.
 */
export function noticeGuardScript(): string {
	const config: GuardConfig = { dismissedKey: dismissedStorageKey, regionKey: regionStorageKey };
	return `(${runNoticeGuard.toString()})(${jsonForScript(config)},${noticeVisible.toString()},${parseDismissed.toString()},${leadCount.toString()},${isInternalHref.toString()});`;
}
