import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bannerItems, BANNER_PAGE_LIMIT, noticeForLocale, noticeVersion, pageBannerItems, type BannerItem } from '../../src/features/notices/banner-items';
import { incidentBannerId, incidentBannerNotices } from '../../src/features/notices/incident-banners';
import { noticePagePattern, translatedNoticePaths } from '../../src/features/notices/notice-files';
import { incidentSchema } from '../../src/features/status/incident-schema';
import type { IncidentEntry } from '../../src/features/status/status';
import { slugPattern } from '../../src/core/schema';
import { leadCount, noticeGuardScript, noticeVisible, parseDismissed } from '../../src/features/notices/notice-guard';
import type { NoticeEntry } from '../../src/features/notices/notices';
import type { NoticeData } from '../../src/features/notices/notice-schema';
import type { Locale } from '../../src/site.config';
import { tempFolder } from '../support/temp-folder';

const now = new Date('2026-11-22T10:00:00+03:30');

function notice(slug: string, locale: Locale, data: Partial<NoticeData> = {}): NoticeEntry {
	return {
		id: `${locale}/${slug}`,
		filePath: `src/content/notices/${locale}/${slug}.mdx`,
		locale,
		slug,
		data: {
			title: `${slug} ${locale}`,
			summary: `summary of ${slug} in ${locale}`,
			kind: 'delay',
			severity: 'info',
			start: new Date('2026-11-21T10:00:00+03:30'),
			...data,
		},
	};
}

describe('dismissal version', () => {
	const base = { severity: 'warning' as const, end: new Date('2026-11-23T20:00:00+03:30') };

	it('changes when the notice changes materially: severity, end, a new update', () => {
		const version = noticeVersion(base);
		expect(noticeVersion({ ...base, severity: 'critical' })).not.toBe(version);
		expect(noticeVersion({ ...base, end: new Date('2026-11-24T20:00:00+03:30') })).not.toBe(version);
		expect(noticeVersion({ ...base, end: undefined })).not.toBe(version);
		expect(noticeVersion({ ...base, updates: [new Date('2026-11-22T12:00:00+03:30')] })).not.toBe(version);
	});

	it('stays the same for the same facts, however they are listed', () => {
		const a = new Date('2026-11-22T12:00:00+03:30');
		const b = new Date('2026-11-22T15:00:00+03:30');
		expect(noticeVersion({ ...base })).toBe(noticeVersion(base));
		expect(noticeVersion({ ...base, updates: [a, b] })).toBe(noticeVersion({ ...base, updates: [b, a] }));
		expect(noticeVersion(base)).toMatch(/^[0-9a-z]+$/);
	});

	it('is what the banner carries, so a title typo fix keeps a dismissal but a raised severity does not', () => {
		const [before] = bannerItems([notice('x', 'en', { severity: 'warning' })], 'en', now);
		const [retitled] = bannerItems([notice('x', 'en', { severity: 'warning', title: 'Fixed typo' })], 'en', now);
		const [raised] = bannerItems([notice('x', 'en', { severity: 'critical' })], 'en', now);
		expect(retitled!.version).toBe(before!.version);
		expect(raised!.version).not.toBe(before!.version);
	});
});

describe('banner guard: visibility', () => {
	const start = Date.parse('2026-11-22T09:00:00+03:30');
	const end = Date.parse('2026-11-23T00:00:00+03:30');
	const delay = { id: 'delay', version: 'v1', start, end, critical: false, regions: [] as string[] };
	const none = new Set<string>();

	it('shows a notice from its start until just before its end', () => {
		expect(noticeVisible(delay, start - 1, none, '')).toBe(false);
		expect(noticeVisible(delay, start, none, '')).toBe(true);
		expect(noticeVisible(delay, end - 1, none, '')).toBe(true);
		expect(noticeVisible(delay, end, none, '')).toBe(false);
	});

	it('keeps a notice without end (or an unreadable one) showing', () => {
		expect(noticeVisible({ ...delay, end: undefined }, end + 1e10, none, '')).toBe(true);
		expect(noticeVisible({ ...delay, end: Number.NaN }, end + 1e10, none, '')).toBe(true);
	});

	it('hides a notice dismissed in this version only, and never a critical one', () => {
		expect(noticeVisible(delay, start, new Set(['delay@v1']), '')).toBe(false);
		// Changed since (new version): it comes back.
		expect(noticeVisible({ ...delay, version: 'v2' }, start, new Set(['delay@v1']), '')).toBe(true);
		// A dismissal stored by slug only (the old format) no longer hides anything.
		expect(noticeVisible(delay, start, new Set(['delay']), '')).toBe(true);
		expect(noticeVisible({ ...delay, critical: true }, start, new Set(['delay@v1']), '')).toBe(true);
	});

	it('filters region-scoped notices by the chosen region; notices without regions and no choice show everywhere', () => {
		const tehran = { ...delay, regions: ['tehran'] };
		const two = { ...delay, regions: ['isfahan', 'shiraz'] };
		expect(noticeVisible(tehran, start, none, '')).toBe(true);
		expect(noticeVisible(tehran, start, none, 'tehran')).toBe(true);
		expect(noticeVisible(tehran, start, none, 'shiraz')).toBe(false);
		expect(noticeVisible(two, start, none, 'shiraz')).toBe(true);
		expect(noticeVisible(delay, start, none, 'shiraz')).toBe(true);
		expect(noticeVisible({ ...tehran, critical: true }, start, none, 'shiraz')).toBe(false);
	});

	it('treats unreadable storage as no dismissals', () => {
		expect([...parseDismissed('["a@1",2,"b@2"]')]).toEqual(['a@1', 'b@2']);
		expect(parseDismissed('{oops').size).toBe(0);
		expect(parseDismissed('{"a":1}').size).toBe(0);
		expect(parseDismissed(null).size).toBe(0);
	});
});

describe('banner guard: folding for a phone', () => {
	it('keeps every critical notice, folds the rest behind "N more"', () => {
		expect(leadCount(['critical', 'warning', 'info', 'info'])).toBe(1);
		expect(leadCount(['critical', 'critical', 'warning', 'info'])).toBe(2);
	});

	it('keeps the first notice when none is critical', () => {
		expect(leadCount(['warning', 'info', 'info'])).toBe(1);
	});

	it('never folds a single notice (its "1 more" line would take the same room)', () => {
		expect(leadCount(['critical', 'info'])).toBe(2);
		expect(leadCount(['info'])).toBe(1);
		expect(leadCount([])).toBe(0);
	});
});

describe('the inline banner script', () => {
	it('is one self-contained program that does nothing on a page without a banner', () => {
		const run = new Function('document', noticeGuardScript());
		expect(() => run({ querySelector: () => null })).not.toThrow();
	});

	it('carries no notice data, so its CSP hash is the same on every page', () => {
		expect(noticeGuardScript()).not.toMatch(/payment|tehran/);
		expect(noticeGuardScript()).toBe(noticeGuardScript());
	});
});

describe('banner lines carried by each page', () => {
	const item = (id: string, severity: BannerItem['severity'], active = true): BannerItem => ({
		id,
		version: 'v',
		severity,
		icon: '',
		start: '2026-11-21T06:30:00.000Z',
		regions: [],
		title: id,
		summary: '',
		href: `/fa/notices/${id}/`,
		lang: 'fa',
		dir: 'rtl',
		untranslated: false,
		active,
	});

	const ids = (items: readonly BannerItem[]) => items.map((entry) => entry.id);

	it('carries every item as a whole line up to the limit', () => {
		const items = [item('a', 'warning'), item('b', 'info'), item('c', 'info', false)];
		expect(pageBannerItems(items, 3)).toEqual({ whole: items, others: [], othersInForce: 0 });
	});

	it('carries the rest past the limit as short entries, each with its place in banner order', () => {
		const items = Array.from({ length: BANNER_PAGE_LIMIT + 5 }, (_, n) => item(`n${n}`, n < 2 ? 'warning' : 'info'));
		const { whole, others, othersInForce } = pageBannerItems(items);
		expect(ids(whole)).toEqual(ids(items.slice(0, BANNER_PAGE_LIMIT)));
		expect(others.map(({ item: entry, at }) => [entry.id, at])).toEqual(items.slice(BANNER_PAGE_LIMIT).map((entry, n) => [entry.id, BANNER_PAGE_LIMIT + n]));
		expect(othersInForce).toBe(5);
	});

	it('never makes a critical notice a short entry, and fills the room with notices in force before those starting soon', () => {
		const items = [item('c1', 'critical'), item('c2', 'critical'), item('c3', 'critical'), item('w1', 'warning'), item('i1', 'info')];
		expect(ids(pageBannerItems(items, 2).whole)).toEqual(['c1', 'c2', 'c3']);
		expect(ids(pageBannerItems(items, 4).whole)).toEqual(['c1', 'c2', 'c3', 'w1']);
		// A warning starting tomorrow comes before the info notices in banner order, but a reader without JavaScript
		// sees only whole lines in force: it waits as a short entry, counted apart.
		const soon = [item('w-soon', 'warning', false), item('i1', 'info'), item('i2', 'info'), item('c-soon', 'critical', false)];
		const { whole, others, othersInForce } = pageBannerItems(soon, 3);
		expect(ids(whole)).toEqual(['i1', 'i2', 'c-soon']);
		expect(others.map(({ item: entry, at }) => [entry.id, at])).toEqual([['w-soon', 0]]);
		expect(othersInForce).toBe(0);
	});
});

describe('banner items', () => {
	const notices = [
		notice('info-old', 'fa', { start: new Date('2026-11-20T10:00:00+03:30') }),
		notice('info-old', 'en', { start: new Date('2026-11-20T10:00:00+03:30') }),
		notice('critical', 'fa', { severity: 'critical', regions: ['tehran'] }),
		notice('critical', 'en', { severity: 'critical', regions: ['tehran'] }),
		notice('fa-only', 'fa', { severity: 'warning' }),
		notice('tomorrow', 'en', { start: new Date('2026-11-23T08:00:00+03:30') }),
		notice('next-week', 'en', { start: new Date('2026-11-29T08:00:00+03:30') }),
		notice('ended', 'en', { end: new Date('2026-11-22T09:00:00+03:30') }),
	];

	it('lists the notices in force, most severe first, with those starting within two days hidden', () => {
		const items = bannerItems(notices, 'en', now);
		expect(items.map((item) => [item.id, item.active])).toEqual([
			['critical', true],
			['fa-only', true],
			['tomorrow', false],
			['info-old', true],
		]);
		expect(items[0]!.regions).toEqual(['tehran']);
		expect(items[0]!.href).toBe('/en/notices/critical/');
	});

	it('never lets a notice take an incident’s place: an incident speaks under an id no notice slug can have', () => {
		const incident: IncidentEntry = {
			id: 'en/gateway',
			filePath: 'src/content/incidents/en/gateway.mdx',
			locale: 'en',
			slug: 'gateway',
			data: incidentSchema.parse({
				title: 'Payment gateway errors',
				kind: 'incident',
				impact: 'major',
				affected: [{ service: 'payments', status: 'major_outage' }],
				updates: [{ at: '2026-11-22T09:00:00+03:30', status: 'investigating', text: 'Looking into it.' }],
				banner: { severity: 'warning', summary: 'Card payments fail.' },
			}),
		};
		const named = notice(incidentBannerId('gateway').replace(':', '-'), 'en');
		const items = bannerItems([named, ...incidentBannerNotices([incident], 'en', now)], 'en', now);
		expect(items.map((item) => [item.id, item.href])).toEqual(
			expect.arrayContaining([
				['incident:gateway', '/en/status/incidents/gateway/'],
				['incident-gateway', '/en/notices/incident-gateway/'],
			]),
		);
		expect(slugPattern.test(incidentBannerId('gateway'))).toBe(false);
	});

	it('shows a notice missing in this language in its original language, marked, linking to this language’s page', () => {
		const item = bannerItems(notices, 'en', now).find((entry) => entry.id === 'fa-only')!;
		expect(item).toMatchObject({ lang: 'fa', dir: 'rtl', untranslated: true, title: 'fa-only fa', href: '/en/notices/fa-only/' });
		const ar = bannerItems(notices, 'ar', now).map((entry) => [entry.id, entry.lang, entry.untranslated]);
		expect(ar).toContainEqual(['critical', 'fa', true]);
		const translated = bannerItems(notices, 'en', now).find((entry) => entry.id === 'critical')!;
		expect(translated).toMatchObject({ lang: 'en', dir: 'ltr', untranslated: false });
	});

	it('picks the translation, else the default language, else the first language it exists in', () => {
		const en = notice('x', 'en');
		const ar = notice('x', 'ar');
		const fa = notice('x', 'fa');
		expect(noticeForLocale([ar, fa, en], 'en', 'fa')).toBe(en);
		expect(noticeForLocale([ar, fa], 'en', 'fa')).toBe(fa);
		expect(noticeForLocale([en, ar], 'fa', 'fa')).toBe(ar);
		expect(noticeForLocale([], 'fa', 'fa')).toBeUndefined();
	});
});

describe('sitemap: notices shown untranslated are not translations', () => {
	it('lists only the notice pages that have a file in their language', () => {
		const dir = tempFolder('bayan-notice-files-');
		mkdirSync(join(dir, 'fa'));
		mkdirSync(join(dir, 'en'));
		writeFileSync(join(dir, 'fa', 'outage.mdx'), '');
		writeFileSync(join(dir, 'en', 'outage.mdx'), '');
		writeFileSync(join(dir, 'fa', 'fa-only.mdx'), '');
		const paths = translatedNoticePaths(dir);
		expect([...paths].sort()).toEqual(['/en/notices/outage/', '/fa/notices/fa-only/', '/fa/notices/outage/']);
		expect(paths.has('/en/notices/fa-only/')).toBe(false);
		expect(noticePagePattern.test('/en/notices/fa-only/')).toBe(true);
		expect(noticePagePattern.test('/en/notices/kind/delay/')).toBe(false);
		expect(noticePagePattern.test('/en/notices/')).toBe(false);
		// The same listing as the content layer: what it refuses is refused here, never skipped.
		writeFileSync(join(dir, 'en', 'Outage.mdx'), '');
		expect(() => translatedNoticePaths(dir)).toThrow(/en\/Outage\.mdx: .*lower-case Latin slug/);
	});
});
