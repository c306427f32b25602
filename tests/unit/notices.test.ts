import { describe, expect, it } from 'vitest';
import {
	activeNotices,
	checkHoursOverrides,
	checkNoticeReferences,
	groupPastByMonth,
	hoursOverridesFromNotices,
	noticePhase,
	severityRank,
	sortForBanner,
	type NoticeEntry,
} from '../../src/features/notices/notices';
import { formatDate } from '../../src/core/dates';
import { channelSchema } from '../../src/features/notices/channel-schema';
import { noticeSchema, type NoticeData } from '../../src/features/notices/notice-schema';
import { regionSchema } from '../../src/features/notices/region-schema';
import type { Locale } from '../../src/site.config';

/** A valid notice frontmatter, as an editor would write it (strings, not Dates). */
const valid = {
	title: 'تأخیر در ارسال به شمال',
	summary: 'سفارش‌های استان‌های شمالی تا دو روز دیرتر می‌رسند.',
	kind: 'delay',
	severity: 'warning',
	start: '2026-11-22T09:00:00+03:30',
	end: '2026-11-23T00:00:00+03:30',
	services: ['delivery'],
	regions: ['north'],
};

const hoursChange = {
	...valid,
	kind: 'hours-change',
	hours: {
		from: '2026-11-28',
		to: '2026-11-29',
		channels: {
			phone: [
				{ open: '10:00', close: '14:00' },
				{ open: '16:00', close: '24:00' },
			],
			branch: 'closed',
		},
	},
};

/** The paths of every issue a frontmatter raises, joined for readable assertions. */
function issuePaths(input: unknown): string[] {
	const result = noticeSchema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map((issue) => issue.path.join('.'));
}

function notice(slug: string, data: Partial<Record<keyof NoticeData, unknown>>, locale: Locale = 'fa'): NoticeEntry {
	return {
		id: `${locale}/${slug}`,
		filePath: `src/content/notices/${locale}/${slug}.mdx`,
		locale,
		slug,
		data: noticeSchema.parse({ ...valid, end: undefined, ...data }),
	};
}

describe('notice schema', () => {
	it('accepts a valid notice and turns offset date-times into the right instants', () => {
		const data = noticeSchema.parse(valid);
		expect(data.start.toISOString()).toBe('2026-11-22T05:30:00.000Z');
		expect(data.end?.toISOString()).toBe('2026-11-22T20:30:00.000Z');
	});

	it('accepts an hours-change notice with 24:00 and a closed channel', () => {
		const data = noticeSchema.parse(hoursChange);
		expect(data.hours?.channels.branch).toBe('closed');
		expect(data.hours?.to.toISOString().slice(0, 10)).toBe('2026-11-29');
	});

	it('rejects an unknown kind at kind', () => {
		expect(issuePaths({ ...valid, kind: 'holiday' })).toEqual(['kind']);
	});

	it('rejects an unknown severity at severity', () => {
		expect(issuePaths({ ...valid, severity: 'urgent' })).toEqual(['severity']);
	});

	it('rejects an end equal to the start at end', () => {
		expect(issuePaths({ ...valid, end: valid.start })).toEqual(['end']);
	});

	it('rejects an end before the start at end, comparing instants across offsets', () => {
		// 08:00 in London is 11:30 in Tehran, i.e. after 09:00 Tehran: fine.
		expect(issuePaths({ ...valid, end: '2026-11-22T08:00:00Z' })).toEqual([]);
		// 05:00Z is 08:30 Tehran, before the 09:00 Tehran start.
		expect(issuePaths({ ...valid, end: '2026-11-22T05:00:00Z' })).toEqual(['end']);
	});

	it('requires an offset on start', () => {
		expect(issuePaths({ ...valid, start: '2026-11-22T09:00:00' })).toEqual(['start']);
	});

	it('requires hours on an hours-change notice', () => {
		expect(issuePaths({ ...valid, kind: 'hours-change' })).toEqual(['hours']);
	});

	it('forbids hours on any other kind', () => {
		expect(issuePaths({ ...hoursChange, kind: 'general' })).toEqual(['hours']);
	});

	it('rejects hours.to before hours.from at hours.to', () => {
		expect(issuePaths({ ...hoursChange, hours: { ...hoursChange.hours, to: '2026-11-27' } })).toEqual(['hours.to']);
	});

	it('accepts a single-day override (to equal to from)', () => {
		expect(issuePaths({ ...hoursChange, hours: { ...hoursChange.hours, to: '2026-11-28' } })).toEqual([]);
	});

	it.each([
		['9:00', 'open'],
		['24:00', 'open'],
		['12:60', 'open'],
	])('rejects the opening time %s at its own path', (open) => {
		const hours = { ...hoursChange.hours, channels: { phone: [{ open, close: '18:00' }] } };
		expect(issuePaths({ ...hoursChange, hours })).toEqual(['hours.channels.phone.0.open']);
	});

	it.each(['25:00', '24:30', '1800'])('rejects the closing time %s', (close) => {
		const hours = { ...hoursChange.hours, channels: { phone: [{ open: '09:00', close }] } };
		expect(issuePaths({ ...hoursChange, hours })).toEqual(['hours.channels.phone.0.close']);
	});

	it('rejects an interval that does not close after it opens', () => {
		const hours = { ...hoursChange.hours, channels: { phone: [{ open: '22:00', close: '02:00' }] } };
		const result = noticeSchema.safeParse({ ...hoursChange, hours });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['hours', 'channels', 'phone', 0, 'close']);
		expect(result.error?.issues[0]?.message).toContain('00:00–02:00 on the next');
	});

	it('rejects overlapping intervals at the later one, but allows touching ones', () => {
		const overlapping = {
			...hoursChange.hours,
			channels: {
				phone: [
					{ open: '13:00', close: '18:00' },
					{ open: '09:00', close: '14:00' },
				],
			},
		};
		expect(issuePaths({ ...hoursChange, hours: overlapping })).toEqual(['hours.channels.phone.0.open']);
		const touching = {
			...hoursChange.hours,
			channels: {
				phone: [
					{ open: '09:00', close: '13:00' },
					{ open: '13:00', close: '18:00' },
				],
			},
		};
		expect(issuePaths({ ...hoursChange, hours: touching })).toEqual([]);
	});

	it('rejects a channel value that is neither "closed" nor intervals', () => {
		const hours = { ...hoursChange.hours, channels: { phone: 'shut' } };
		expect(issuePaths({ ...hoursChange, hours })).toEqual(['hours.channels.phone']);
	});

	it('rejects unknown fields by name, also inside hours', () => {
		expect(issuePaths({ ...valid, colour: 'red' })).toEqual(['colour']);
		expect(issuePaths({ ...hoursChange, hours: { ...hoursChange.hours, until: '2026-12-01' } })).toEqual(['hours.until']);
	});

	it('rejects service ids that are not slugs', () => {
		expect(issuePaths({ ...valid, services: ['delivery', 'Payment Gateway'] })).toEqual(['services.1']);
	});
});

describe('channel and region schemas', () => {
	const phone = {
		name: { fa: 'تلفن', ar: 'الهاتف', en: 'Phone' },
		kind: 'phone',
		contact: '+98 21 1234 5678',
		order: 1,
		hours: { sat: [{ open: '09:00', close: '17:00' }], thu: [{ open: '09:00', close: '13:00' }] },
	};

	it('accepts a channel with weekly hours, and one open around the clock', () => {
		expect(channelSchema.safeParse(phone).success).toBe(true);
		expect(channelSchema.safeParse({ ...phone, kind: 'email', contact: 'help@example.com', hours: { always: true } }).success).toBe(true);
	});

	it('rejects always together with listed days', () => {
		const result = channelSchema.safeParse({ ...phone, hours: { always: true, fri: [] } });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['hours.fri']);
	});

	it('rejects an unknown day name at its path', () => {
		const result = channelSchema.safeParse({ ...phone, hours: { saturday: [] } });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['hours.saturday']);
	});

	it('rejects a phone number in Persian digits, which cannot become a tel: link', () => {
		const result = channelSchema.safeParse({ ...phone, contact: '۰۲۱-۱۲۳۴۵۶۷۸' });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['contact']);
	});

	it('validates regions', () => {
		expect(regionSchema.safeParse({ name: { fa: 'شمال', ar: 'الشمال', en: 'North' }, order: 1 }).success).toBe(true);
		const result = regionSchema.safeParse({ name: { fa: 'شمال', en: 'North' }, order: 1.5 });
		expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['name.ar', 'order']);
	});
});

describe('noticePhase', () => {
	const entry = notice('north-delay', { start: '2026-11-22T09:00:00+03:30', end: '2026-11-23T00:00:00+03:30' });

	it('is upcoming until the exact start, then active', () => {
		expect(noticePhase(entry, new Date('2026-11-22T05:29:59.999Z'))).toBe('upcoming');
		expect(noticePhase(entry, new Date('2026-11-22T05:30:00.000Z'))).toBe('active');
	});

	it('ends at midnight Tehran time, which is 20:30 UTC the evening before', () => {
		expect(noticePhase(entry, new Date('2026-11-22T20:29:59Z'))).toBe('active');
		expect(noticePhase(entry, new Date('2026-11-22T20:30:00Z'))).toBe('expired');
	});

	it('stays active without an end', () => {
		const open = notice('open-ended', { start: '2026-11-22T09:00:00+03:30' });
		expect(noticePhase(open, new Date('2036-01-01T00:00:00Z'))).toBe('active');
	});
});

describe('banner order', () => {
	const now = new Date('2026-11-25T12:00:00Z');
	const infoNew = notice('info-new', { severity: 'info', start: '2026-11-24T00:00:00Z' });
	const warningOld = notice('warning-old', { severity: 'warning', start: '2026-11-01T00:00:00Z' });
	const warningNew = notice('warning-new', { severity: 'warning', start: '2026-11-20T00:00:00Z' });
	const warningPinned = notice('warning-pinned', { severity: 'warning', pinned: true, start: '2026-10-01T00:00:00Z' });
	const critical = notice('critical', { severity: 'critical', start: '2026-09-01T00:00:00Z' });
	const expired = notice('expired', { severity: 'critical', start: '2026-11-01T00:00:00Z', end: '2026-11-02T00:00:00Z' });
	const upcoming = notice('upcoming', { severity: 'critical', start: '2026-12-01T00:00:00Z' });

	it('ranks severities', () => {
		expect(severityRank('critical')).toBeGreaterThan(severityRank('warning'));
		expect(severityRank('warning')).toBeGreaterThan(severityRank('info'));
	});

	it('sorts by severity, then pinned, then newest start', () => {
		const sorted = sortForBanner([infoNew, warningOld, warningNew, warningPinned, critical]);
		expect(sorted.map((entry) => entry.slug)).toEqual(['critical', 'warning-pinned', 'warning-new', 'warning-old', 'info-new']);
	});

	it('does not reorder its input', () => {
		const input = [infoNew, critical];
		sortForBanner(input);
		expect(input.map((entry) => entry.slug)).toEqual(['info-new', 'critical']);
	});

	it('keeps only the active notices, in banner order', () => {
		const active = activeNotices([upcoming, infoNew, expired, critical], now);
		expect(active.map((entry) => entry.slug)).toEqual(['critical', 'info-new']);
	});
});

describe('groupPastByMonth', () => {
	// Aban 1405 ends on 21 November 2026; Azar starts on 22 November.
	const lastOfAban = notice('last-of-aban', { start: '2026-11-21T12:00:00+03:30' });
	// 21:00 UTC on 21 November is already 00:30 on 22 November (1 Azar) in Tehran.
	const firstOfAzar = notice('first-of-azar', { start: '2026-11-21T21:00:00Z' });
	const midAzar = notice('mid-azar', { start: '2026-12-10T12:00:00+03:30' });

	it('groups by the Solar Hijri month for Persian readers, newest first', () => {
		const months = groupPastByMonth([lastOfAban, midAzar, firstOfAzar], 'fa', 'Asia/Tehran');
		expect(months.map((month) => month.key)).toEqual(['1405-09', '1405-08']);
		expect(months.map((month) => month.label)).toEqual([
			formatDate(new Date('2026-12-10T12:00:00Z'), 'fa', 'month', 'Asia/Tehran'),
			formatDate(new Date('2026-11-01T12:00:00Z'), 'fa', 'month', 'Asia/Tehran'),
		]);
		expect(months[0]?.label).toContain('آذر');
		expect(months[1]?.label).toContain('آبان');
		expect(months[0]?.notices.map((entry) => entry.slug)).toEqual(['mid-azar', 'first-of-azar']);
		expect(months[1]?.notices.map((entry) => entry.slug)).toEqual(['last-of-aban']);
	});

	it('groups by the Gregorian month for English readers', () => {
		const months = groupPastByMonth([lastOfAban, midAzar, firstOfAzar], 'en', 'Asia/Tehran');
		expect(months.map((month) => month.label)).toEqual(['December 2026', 'November 2026']);
		expect(months[1]?.notices.map((entry) => entry.slug)).toEqual(['first-of-azar', 'last-of-aban']);
	});

	it('uses the site zone, not UTC, to decide the month', () => {
		const edge = notice('edge', { start: '2026-11-30T21:00:00Z' }); // 1 December 00:30 in Tehran
		expect(groupPastByMonth([edge], 'en', 'Asia/Tehran')[0]?.label).toBe('December 2026');
		expect(groupPastByMonth([edge], 'en', 'UTC')[0]?.label).toBe('November 2026');
	});
});

describe('checkNoticeReferences', () => {
	const known = {
		services: ['delivery', 'payment'],
		regions: ['north', 'south'],
		channels: ['phone', 'branch'],
		articleSlugsByLocale: { fa: ['track-your-order'], en: ['track-your-order', 'refunds'] },
	};

	it('accepts notices whose references all resolve', () => {
		const ok = notice('ok', { services: ['payment'], regions: ['south'], related: ['track-your-order'] });
		expect(checkNoticeReferences([ok, notice('hours', hoursChange)], known)).toEqual([]);
	});

	it('names the file, the field with its index and the known values', () => {
		const bad = notice('x', { services: ['delivery', 'paymnt'] });
		expect(checkNoticeReferences([bad], known)).toEqual(['src/content/notices/fa/x.mdx: services[1] "paymnt" is not a known service (known: delivery, payment)']);
	});

	it("checks regions, channels and related articles in the notice's own language", () => {
		const bad = notice('y', {
			...hoursChange,
			regions: ['west'],
			related: ['refunds'],
			hours: { from: '2026-11-28', to: '2026-11-28', channels: { chat: 'closed' } },
		});
		expect(checkNoticeReferences([bad], known)).toEqual([
			'src/content/notices/fa/y.mdx: regions[0] "west" is not a known region (known: north, south)',
			'src/content/notices/fa/y.mdx: related[0] "refunds" is not an article in fa (known: track-your-order)',
			'src/content/notices/fa/y.mdx: hours.channels.chat "chat" is not a known channel (known: branch, phone)',
		]);
		const english = notice('y', { related: ['refunds'] }, 'en');
		expect(checkNoticeReferences([english], known)).toEqual([]);
	});

	it('suggests the closest ids when there are too many to list', () => {
		const many = Array.from({ length: 30 }, (_, index) => `service-${index}`);
		const bad = notice('z', { services: ['paymnt'] });
		const [message] = checkNoticeReferences([bad], { ...known, services: [...many, 'payment'] });
		expect(message).toContain('did you mean payment');
		expect(message).toContain('31 are known');
	});
});

describe('hours overrides from notices', () => {
	it('takes one override per notice, from the default locale, with local dates', () => {
		const fa = notice('holiday', hoursChange, 'fa');
		const en = notice('holiday', hoursChange, 'en');
		const overrides = hoursOverridesFromNotices([en, fa, notice('plain', {})], 'fa');
		expect(overrides).toEqual([{ from: '2026-11-28', to: '2026-11-29', channels: fa.data.hours!.channels, notice: 'holiday' }]);
	});

	it('reports translations that disagree and notices that change the same channel on the same date', () => {
		const fa = notice('holiday', hoursChange, 'fa');
		const en = notice('holiday', { ...hoursChange, hours: { ...hoursChange.hours, to: '2026-11-30' } }, 'en');
		const other = notice('strike', { ...hoursChange, hours: { from: '2026-11-29', to: '2026-12-02', channels: { branch: 'closed' } } });
		const elsewhere = notice('later', { ...hoursChange, hours: { from: '2026-11-30', to: '2026-12-02', channels: { phone: 'closed' } } });
		expect(checkHoursOverrides([fa, en, other, elsewhere])).toEqual([
			'src/content/notices/en/holiday.mdx: hours differ from its translation src/content/notices/fa/holiday.mdx; give every language the same dates and times',
			'src/content/notices/fa/strike.mdx: hours.channels.branch changes branch on dates (2026-11-29–2026-11-29) that src/content/notices/fa/holiday.mdx also changes; keep one notice per channel and date',
		]);
	});
});
