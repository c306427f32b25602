import { formatRelative } from '../../../core/relative-time';

/**
 * Browser side of the status pages (see `StatusIsland.astro`). Progressive enhancement
 * only: every fact is in the HTML already, so each feature checks for its elements and
 * does nothing when they are absent.
 */

const COLLAPSED_KEY = 'bayan.status.collapsed';
const ZONE_KEY = 'bayan.status.zone';

interface LocaleData {
	bcp47: string;
	calendar: string;
	nu: string;
}

/** Reads, never throws: private modes and full quotas make storage unreliable. */
function storageGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function storageSet(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Remembering is a convenience; the page works the same without it.
	}
}

/** Closed groups survive reloads; open is the default so new groups are never hidden. */
function rememberCollapse(): void {
	const groups = [...document.querySelectorAll<HTMLDetailsElement>('details[data-group-id]')];
	if (!groups.length) return;
	let closed: string[] = [];
	try {
		closed = JSON.parse(storageGet(COLLAPSED_KEY) ?? '[]') as string[];
	} catch {
		closed = [];
	}
	for (const group of groups) {
		if (closed.includes(group.dataset.groupId!)) group.open = false;
		group.addEventListener('toggle', () => {
			const now = groups.filter((item) => !item.open).map((item) => item.dataset.groupId!);
			storageSet(COLLAPSED_KEY, JSON.stringify(now));
		});
	}
}

/** Places a day's tooltip over its bar, clamped to the row so it never leaves the screen. */
function placeTip(day: HTMLElement): void {
	const row = day.parentElement!;
	const tip = day.querySelector<HTMLElement>('.tip');
	if (!tip) return;
	const rtl = getComputedStyle(row).direction === 'rtl';
	const rowBox = row.getBoundingClientRect();
	const dayBox = day.getBoundingClientRect();
	const centre = rtl ? rowBox.right - (dayBox.left + dayBox.width / 2) : dayBox.left + dayBox.width / 2 - rowBox.left;
	const width = tip.getBoundingClientRect().width;
	const start = Math.max(0, Math.min(centre - width / 2, rowBox.width - width));
	row.style.setProperty('--tip-x', `${Math.round(start)}px`);
}

/** One tab stop per row; arrow keys, Home and End move between days; Escape hides the tooltip. */
function enhanceBars(): void {
	for (const row of document.querySelectorAll<HTMLElement>('[data-bars]')) {
		const days = [...row.querySelectorAll<HTMLElement>('[data-day]')];
		const focusDay = (index: number) => {
			const target = days[Math.max(0, Math.min(days.length - 1, index))]!;
			for (const day of days) day.tabIndex = day === target ? 0 : -1;
			target.focus();
		};
		row.addEventListener('keydown', (event) => {
			const current = days.indexOf(event.target as HTMLElement);
			if (current < 0) return;
			const rtl = getComputedStyle(row).direction === 'rtl';
			const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
			const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
			const moves: Record<string, number> = { [forward]: current + 1, [backward]: current - 1, Home: 0, End: days.length - 1 };
			if (event.key in moves) {
				event.preventDefault();
				focusDay(moves[event.key]!);
			} else if (event.key === 'Escape') {
				days[current]!.dataset.dismissed = '';
			}
		});
		const show = (event: Event) => {
			const day = (event.target as HTMLElement).closest<HTMLElement>('[data-day]');
			if (day) placeTip(day);
		};
		const reset = (event: Event) => {
			const day = (event.target as HTMLElement).closest<HTMLElement>('[data-day]');
			if (day) delete day.dataset.dismissed;
		};
		row.addEventListener('focusin', show);
		row.addEventListener('mouseover', show);
		row.addEventListener('focusout', reset);
		row.addEventListener('mouseleave', () => days.forEach((day) => delete day.dataset.dismissed));
	}
	// WCAG 1.4.13: a hover tooltip must also be dismissible without moving the pointer.
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		for (const day of document.querySelectorAll<HTMLElement>('[data-day]:hover')) day.dataset.dismissed = '';
	});
}

const styles: Record<string, Intl.DateTimeFormatOptions> = {
	'date-time': { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
	time: { hour: '2-digit', minute: '2-digit' },
	date: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** Rewrites every time in the visitor's zone, or back to the text it was built with. */
function switchZones(data: LocaleData): void {
	const switcher = document.querySelector<HTMLFieldSetElement>('[data-tz-switch]');
	if (!switcher) return;
	const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const label = switcher.querySelector<HTMLElement>('[data-local-label]');
	if (label) label.textContent = label.dataset.localLabel!.replace('{zone}', () => localZone);
	const times = [...document.querySelectorAll<HTMLTimeElement>('time[data-zoned]')];
	const built = new Map(times.map((time) => [time, time.textContent ?? '']));
	const apply = (zone: string) => {
		for (const time of times) {
			if (zone === 'site') {
				time.textContent = built.get(time)!;
				continue;
			}
			const format = new Intl.DateTimeFormat(data.bcp47, {
				...styles[time.dataset.zoned!],
				calendar: data.calendar,
				numberingSystem: data.nu,
				hourCycle: 'h23',
				timeZone: localZone,
			});
			time.textContent = format.format(new Date(time.dateTime));
		}
	};
	switcher.hidden = false;
	switcher.addEventListener('change', (event) => {
		const zone = (event.target as HTMLInputElement).value;
		storageSet(ZONE_KEY, zone);
		apply(zone);
	});
	if (storageGet(ZONE_KEY) === 'local') {
		switcher.querySelector<HTMLInputElement>('input[value="local"]')!.checked = true;
		apply('local');
	}
}

/** "12 minutes ago" against the visitor's clock, refreshed every 30 seconds. */
function keepRelativeFresh(data: LocaleData): void {
	const spans = [...document.querySelectorAll<HTMLElement>('[data-relative]')];
	if (!spans.length) return;
	const locale = `${data.bcp47}-u-nu-${data.nu}`;
	const update = () => {
		const now = new Date();
		for (const span of spans) span.textContent = `(${formatRelative(new Date(span.dataset.relative!), now, locale)})`;
	};
	update();
	setInterval(update, 30_000);
}

/** Starts every enhancement present on the page. */
export function startStatusIsland(): void {
	const root = document.querySelector<HTMLElement>('[data-status-island]');
	if (!root) return;
	const data: LocaleData = { bcp47: root.dataset.bcp47!, calendar: root.dataset.calendar!, nu: root.dataset.nu! };
	rememberCollapse();
	enhanceBars();
	switchZones(data);
	keepRelativeFresh(data);
}
