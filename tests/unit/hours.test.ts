import { describe, expect, it } from 'vitest';
import {
	addDays,
	channelState,
	compactSchedule,
	hoursOn,
	localDateAt,
	openingHoursJsonLd,
	overrideFor,
	toHoursOverride,
	weekdayOf,
	type ChannelSchedule,
	type HoursOverride,
} from '../../src/features/notices/hours';
import { channelSchema } from '../../src/features/notices/channel-schema';
import { noticeSchema } from '../../src/features/notices/notice-schema';

const tehran = 'Asia/Tehran';

// The week of 21–27 November 2026 runs Saturday to Friday. Tehran is UTC+03:30 all year,
// so 09:00 Tehran is 05:30Z and midnight Tehran is 20:30Z the evening before.
const workday = [{ open: '09:00', close: '17:00' }];
const phone: ChannelSchedule = {
	id: 'phone',
	hours: { sat: workday, sun: workday, mon: workday, tue: workday, wed: workday, thu: [{ open: '09:00', close: '13:00' }] },
};
const nightLine: ChannelSchedule = {
	id: 'night',
	hours: { mon: [{ open: '20:00', close: '24:00' }], tue: [{ open: '00:00', close: '02:00' }] },
};
const email: ChannelSchedule = { id: 'email', hours: { always: true } };

/** Parses like the content layer would, so the tests exercise the real override path. */
function override(hours: unknown, notice = 'notice'): HoursOverride {
	const data = noticeSchema.parse({
		title: 'Hours change',
		summary: 'Changed hours',
		kind: 'hours-change',
		severity: 'info',
		start: '2026-11-20T09:00:00+03:30',
		hours,
	});
	return toHoursOverride(data.hours!, notice);
}

const iso = (date: Date | undefined) => date?.toISOString();

describe('calendar helpers', () => {
	it('knows the Iranian week: 27 November 2026 is a Friday, 28th a Saturday', () => {
		expect(weekdayOf('2026-11-27')).toBe('fri');
		expect(weekdayOf('2026-11-28')).toBe('sat');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
	});

	it('gives the local date in the requested zone', () => {
		expect(localDateAt(new Date('2026-11-22T20:29:59Z'), tehran)).toBe('2026-11-22');
		expect(localDateAt(new Date('2026-11-22T20:30:00Z'), tehran)).toBe('2026-11-23');
		expect(localDateAt(new Date('2026-11-22T20:30:00Z'), 'UTC')).toBe('2026-11-22');
	});

	it('reads override dates as the local days written, whatever the process zone', () => {
		const holiday = override({ from: '2026-11-28', to: '2026-11-29', channels: { phone: 'closed' } }, 'holiday');
		expect(holiday).toEqual({ from: '2026-11-28', to: '2026-11-29', channels: { phone: 'closed' }, notice: 'holiday' });
	});
});

describe('hoursOn', () => {
	it('uses the weekly hours, with Friday closed', () => {
		expect(hoursOn(phone, '2026-11-22', [])).toEqual(workday);
		expect(hoursOn(phone, '2026-11-26', [])).toEqual([{ open: '09:00', close: '13:00' }]);
		expect(hoursOn(phone, '2026-11-27', [])).toEqual([]);
		expect(hoursOn(email, '2026-11-27', [])).toEqual([{ open: '00:00', close: '24:00' }]);
	});

	it('applies an override on exactly its dates, not the day before or after', () => {
		const short = override({ from: '2026-11-23', to: '2026-11-24', channels: { phone: [{ open: '10:00', close: '14:00' }] } });
		expect(hoursOn(phone, '2026-11-22', [short])).toEqual(workday);
		expect(hoursOn(phone, '2026-11-23', [short])).toEqual([{ open: '10:00', close: '14:00' }]);
		expect(hoursOn(phone, '2026-11-24', [short])).toEqual([{ open: '10:00', close: '14:00' }]);
		expect(hoursOn(phone, '2026-11-25', [short])).toEqual(workday);
	});

	it('leaves channels the override does not name alone', () => {
		const closed = override({ from: '2026-11-23', to: '2026-11-23', channels: { phone: 'closed' } });
		expect(hoursOn(phone, '2026-11-23', [closed])).toEqual([]);
		expect(hoursOn(nightLine, '2026-11-23', [closed])).toEqual([{ open: '20:00', close: '24:00' }]);
	});

	it('lets a narrow override win inside a wider one', () => {
		const winter = override({ from: '2026-11-01', to: '2026-11-30', channels: { phone: [{ open: '10:00', close: '16:00' }] } });
		const holiday = override({ from: '2026-11-25', to: '2026-11-25', channels: { phone: 'closed' } });
		expect(overrideFor('phone', '2026-11-25', [holiday, winter])).toBe(holiday);
		expect(hoursOn(phone, '2026-11-25', [holiday, winter])).toEqual([]);
		expect(hoursOn(phone, '2026-11-24', [holiday, winter])).toEqual([{ open: '10:00', close: '16:00' }]);
	});

	it('sorts intervals and joins touching ones', () => {
		const split: ChannelSchedule = {
			id: 'split',
			hours: {
				sun: [
					{ open: '16:00', close: '20:00' },
					{ open: '09:00', close: '12:00' },
					{ open: '12:00', close: '14:00' },
				],
			},
		};
		expect(hoursOn(split, '2026-11-22', [])).toEqual([
			{ open: '09:00', close: '14:00' },
			{ open: '16:00', close: '20:00' },
		]);
	});
});

describe('channelState in Tehran', () => {
	it('opens at exactly 09:00 and closes at exactly 17:00', () => {
		const before = channelState(phone, [], new Date('2026-11-22T05:29:59Z'), tehran);
		expect(before.open).toBe(false);
		expect(iso(before.opensAt)).toBe('2026-11-22T05:30:00.000Z');

		const opening = channelState(phone, [], new Date('2026-11-22T05:30:00Z'), tehran);
		expect(opening.open).toBe(true);
		expect(iso(opening.closesAt)).toBe('2026-11-22T13:30:00.000Z');
		expect(opening.opensAt).toBeUndefined();

		const closing = channelState(phone, [], new Date('2026-11-22T13:30:00Z'), tehran);
		expect(closing.open).toBe(false);
		expect(iso(closing.opensAt)).toBe('2026-11-23T05:30:00.000Z');
	});

	it('switches "today" at midnight Tehran time, not UTC', () => {
		const monday = override({ from: '2026-11-23', to: '2026-11-23', channels: { phone: [{ open: '11:00', close: '12:00' }] } });
		const lastSecondOfSunday = channelState(phone, [monday], new Date('2026-11-22T20:29:59Z'), tehran);
		expect(lastSecondOfSunday.today).toEqual(workday);
		expect(iso(lastSecondOfSunday.opensAt)).toBe('2026-11-23T07:30:00.000Z');
		const mondayMidnight = channelState(phone, [monday], new Date('2026-11-22T20:30:00Z'), tehran);
		expect(mondayMidnight.today).toEqual([{ open: '11:00', close: '12:00' }]);
	});

	it('finds the next opening across a closed Friday', () => {
		// Thursday 26 November, 14:00 Tehran: closed since 13:00; Friday closed; opens Saturday 09:00.
		const state = channelState(phone, [], new Date('2026-11-26T10:30:00Z'), tehran);
		expect(state.open).toBe(false);
		expect(state.today).toEqual([{ open: '09:00', close: '13:00' }]);
		expect(iso(state.opensAt)).toBe('2026-11-28T05:30:00.000Z');
	});

	it('finds the next opening across an override holiday after the Friday', () => {
		const holiday = override({ from: '2026-11-28', to: '2026-11-28', channels: { phone: 'closed' } });
		const state = channelState(phone, [holiday], new Date('2026-11-26T10:30:00Z'), tehran);
		expect(iso(state.opensAt)).toBe('2026-11-29T05:30:00.000Z');
	});

	it('closes early on an override day and reopens normally after it', () => {
		const short = override({ from: '2026-11-24', to: '2026-11-24', channels: { phone: [{ open: '09:00', close: '12:00' }] } });
		const tuesdayMorning = channelState(phone, [short], new Date('2026-11-24T06:00:00Z'), tehran);
		expect(iso(tuesdayMorning.closesAt)).toBe('2026-11-24T08:30:00.000Z');
		const tuesdayAfternoon = channelState(phone, [short], new Date('2026-11-24T10:00:00Z'), tehran);
		expect(tuesdayAfternoon.open).toBe(false);
		expect(iso(tuesdayAfternoon.opensAt)).toBe('2026-11-25T05:30:00.000Z');
	});

	it('treats 24:00 followed by 00:00 the next day as one opening', () => {
		// Monday 23 November, 23:00 Tehran: open until Tuesday 02:00 Tehran.
		const state = channelState(nightLine, [], new Date('2026-11-23T19:30:00Z'), tehran);
		expect(state.open).toBe(true);
		expect(state.today).toEqual([{ open: '20:00', close: '24:00' }]);
		expect(iso(state.closesAt)).toBe('2026-11-23T22:30:00.000Z');
		// Tuesday 00:00 exactly is still open, and "today" is now Tuesday.
		const midnight = channelState(nightLine, [], new Date('2026-11-23T20:30:00Z'), tehran);
		expect(midnight.open).toBe(true);
		expect(midnight.today).toEqual([{ open: '00:00', close: '02:00' }]);
		expect(iso(midnight.closesAt)).toBe('2026-11-23T22:30:00.000Z');
	});

	it('reports no closing time for a channel open around the clock, until an override closes it', () => {
		const now = new Date('2026-11-22T08:30:00Z');
		const always = channelState(email, [], now, tehran);
		expect(always.open).toBe(true);
		expect(always.closesAt).toBeUndefined();
		const maintenance = override({ from: '2026-11-25', to: '2026-11-25', channels: { email: 'closed' } });
		const state = channelState(email, [maintenance], now, tehran);
		expect(iso(state.closesAt)).toBe('2026-11-24T20:30:00.000Z'); // midnight starting 25 November, Tehran
		const during = channelState(email, [maintenance], new Date('2026-11-25T08:30:00Z'), tehran);
		expect(during.open).toBe(false);
		expect(iso(during.opensAt)).toBe('2026-11-25T20:30:00.000Z');
	});

	it('gives no next opening when none falls within two weeks', () => {
		const closure = override({ from: '2026-11-22', to: '2026-12-31', channels: { phone: 'closed' } });
		const state = channelState(phone, [closure], new Date('2026-11-22T08:30:00Z'), tehran);
		expect(state).toEqual({ open: false, today: [] });
	});
});

describe('channelState with a daylight-saving zone', () => {
	const berlinDesk: ChannelSchedule = { id: 'desk', hours: { mon: workday } };

	it('follows the zone passed in, across the spring change', () => {
		// Monday 23 March 2026 is still CET (UTC+1); Europe moves to CEST (UTC+2) on Sunday 29 March.
		const winter = channelState(berlinDesk, [], new Date('2026-03-23T07:59:59Z'), 'Europe/Berlin');
		expect(iso(winter.opensAt)).toBe('2026-03-23T08:00:00.000Z');
		// From Saturday before the change, the next Monday opening is already at UTC+2.
		const acrossChange = channelState(berlinDesk, [], new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin');
		expect(iso(acrossChange.opensAt)).toBe('2026-03-30T07:00:00.000Z');
		const summer = channelState(berlinDesk, [], new Date('2026-03-30T07:00:00Z'), 'Europe/Berlin');
		expect(summer.open).toBe(true);
		expect(iso(summer.closesAt)).toBe('2026-03-30T15:00:00.000Z');
		// The same instant in Tehran is 10:30 on Monday: open there too, but closing at another instant.
		expect(iso(channelState(berlinDesk, [], new Date('2026-03-30T07:00:00Z'), tehran).closesAt)).toBe('2026-03-30T13:30:00.000Z');
	});
});

describe('compactSchedule', () => {
	const holiday = override({ from: '2026-11-28', to: '2026-11-28', channels: { phone: 'closed', branch: 'closed' } }, 'holiday');
	const past = override({ from: '2026-10-01', to: '2026-10-02', channels: { phone: 'closed' } });

	it('keeps only what the browser needs and survives a JSON round trip', () => {
		const schedule = compactSchedule([phone, email], [past, holiday], { since: '2026-11-22', timeZone: tehran });
		expect(schedule.timeZone).toBe(tehran);
		expect(schedule.overrides).toEqual([{ from: '2026-11-28', to: '2026-11-28', channels: { phone: 'closed' } }]);
		const restored = JSON.parse(JSON.stringify(schedule)) as typeof schedule;
		const now = new Date('2026-11-26T10:30:00Z');
		const [restoredPhone] = restored.channels;
		expect(channelState(restoredPhone!, restored.overrides, now, restored.timeZone)).toEqual(channelState(phone, [holiday], now, tehran));
		expect(restored.channels[1]).toEqual({ id: 'email', hours: { always: true } });
		expect(JSON.stringify(schedule)).not.toContain('notice');
	});

	it('keeps every override when no date is given', () => {
		expect(compactSchedule([phone], [past, holiday], { timeZone: tehran }).overrides).toHaveLength(2);
	});

	it('accepts channels as validated from their YAML', () => {
		const data = channelSchema.parse({
			name: { fa: 'تلفن', ar: 'الهاتف', en: 'Phone' },
			kind: 'phone',
			contact: '+98 21 1234 5678',
			order: 1,
			hours: { sat: workday, fri: [] },
		});
		const schedule = compactSchedule([{ id: 'phone', hours: data.hours }], [], { timeZone: tehran });
		expect(schedule.channels).toEqual([{ id: 'phone', hours: { sat: workday } }]);
	});
});

describe('openingHoursJsonLd', () => {
	it('groups weekdays with the same hours and lists override dates as special hours', () => {
		const holiday = override({ from: '2026-11-28', to: '2026-11-29', channels: { phone: 'closed' } });
		const evening = override({ from: '2026-12-01', to: '2026-12-01', channels: { phone: [{ open: '18:00', close: '24:00' }] } });
		const jsonLd = openingHoursJsonLd(phone, [holiday, evening]);
		expect(jsonLd.openingHoursSpecification).toEqual([
			{
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: ['https://schema.org/Saturday', 'https://schema.org/Sunday', 'https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday'],
				opens: '09:00',
				closes: '17:00',
			},
			{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Thursday'], opens: '09:00', closes: '13:00' },
		]);
		expect(jsonLd.specialOpeningHoursSpecification).toEqual([
			{ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-11-28', validThrough: '2026-11-29' },
			{ '@type': 'OpeningHoursSpecification', opens: '18:00', closes: '23:59', validFrom: '2026-12-01', validThrough: '2026-12-01' },
		]);
		expect(openingHoursJsonLd(phone, [holiday, evening], { since: '2026-11-30' }).specialOpeningHoursSpecification).toHaveLength(1);
	});

	it('describes a channel open around the clock', () => {
		const [entry] = openingHoursJsonLd(email, []).openingHoursSpecification;
		expect(entry?.dayOfWeek).toHaveLength(7);
		expect(entry).toMatchObject({ opens: '00:00', closes: '23:59' });
	});
});

describe('channel contact links', () => {
	it('refuses a chat link that is not https (it becomes an href)', async () => {
		const { channelSchema } = await import('../../src/features/notices/channel-schema');
		const base = { name: { fa: 'گفت‌وگو', ar: 'دردشة', en: 'Chat' }, kind: 'chat', order: 1, hours: { always: true } };
		expect(channelSchema.safeParse({ ...base, contact: 'https://chat.bazarak.example/' }).success).toBe(true);
		for (const contact of ['javascript:alert(1)', 'http://chat.example/', 'chat.bazarak.example']) {
			const result = channelSchema.safeParse({ ...base, contact });
			expect(result.success, contact).toBe(false);
			expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['contact']);
		}
	});
});
