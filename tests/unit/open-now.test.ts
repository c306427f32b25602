import { describe, expect, it } from 'vitest';
import { channelState, type ChannelSchedule, type HoursOverride } from '../../src/features/notices/hours';
import { digits, intervalsText, openNowText, type ClockFormat, type OpenNowMessages } from '../../src/features/notices/open-now';

const messages: OpenNowMessages = {
	openUntil: 'Open · closes {time}',
	openUntilDay: 'Open · closes {day} {time}',
	openAlways: 'Always open',
	opensToday: 'Closed · opens {time}',
	opensTomorrow: 'Closed · opens tomorrow {time}',
	opensDay: 'Closed · opens {day} {time}',
	closed: 'Closed',
	closedToday: 'closed',
};
const en: ClockFormat = { bcp47: 'en', calendar: 'gregory', numberingSystem: 'latn', timeZone: 'Asia/Tehran' };
const fa: ClockFormat = { bcp47: 'fa-IR', calendar: 'persian', numberingSystem: 'arabext', timeZone: 'Asia/Tehran' };

const centre: ChannelSchedule = {
	id: 'contact-centre',
	hours: Object.fromEntries((['sat', 'sun', 'mon', 'tue', 'wed', 'thu'] as const).map((day) => [day, [{ open: '08:00', close: '22:00' }]])) as ChannelSchedule['hours'],
};
centre.hours.fri = [{ open: '10:00', close: '18:00' }];
const chat: ChannelSchedule = { id: 'chat', hours: { sun: [{ open: '07:00', close: '24:00' }], mon: [{ open: '07:00', close: '24:00' }] } };
const branch: ChannelSchedule = { id: 'branch', hours: { sat: [{ open: '09:00', close: '21:00' }], thu: [{ open: '09:00', close: '18:00' }] } };
const holiday: HoursOverride = { from: '2026-11-26', to: '2026-11-28', channels: { branch: 'closed', 'contact-centre': [{ open: '10:00', close: '16:00' }] } };

const text = (channel: ChannelSchedule, iso: string, format = en, overrides: HoursOverride[] = [holiday]) => {
	const now = new Date(iso);
	return openNowText(channelState(channel, overrides, now, format.timeZone), now, messages, format);
};

describe('openNowText in Tehran (+03:30)', () => {
	it('says open with today’s closing time on Sunday 10:00', () => {
		expect(text(centre, '2026-11-22T10:00:00+03:30')).toBe('Open · closes 22:00');
	});

	it('says closed, opening tomorrow 08:00, on Sunday 23:00', () => {
		expect(text(centre, '2026-11-22T23:00:00+03:30')).toBe('Closed · opens tomorrow 08:00');
	});

	it('says opens today before opening time, just after local midnight (still the previous UTC day)', () => {
		expect(text(centre, '2026-11-23T00:10:00+03:30')).toBe('Closed · opens 08:00');
	});

	it('names the weekday when the next opening is further away', () => {
		// Thu 26 and Sat 28 are closed by the holiday and Friday has no hours, so the next opening is Thursday 3 December.
		expect(text(branch, '2026-11-25T22:00:00+03:30')).toBe('Closed · opens Thursday 09:00');
	});

	it('applies an hours-change override: shorter contact-centre hours on the holiday', () => {
		expect(text(centre, '2026-11-27T11:00:00+03:30')).toBe('Open · closes 16:00');
		expect(text(centre, '2026-11-27T17:00:00+03:30')).toBe('Closed · opens tomorrow 10:00');
	});

	it('reads closing at the next midnight as 24:00 today', () => {
		expect(text(chat, '2026-11-22T23:00:00+03:30')).toBe('Open · closes 24:00');
	});

	it('writes Persian digits and weekday names for fa', () => {
		expect(text(centre, '2026-11-22T10:00:00+03:30', fa)).toBe('Open · closes ۲۲:۰۰');
		expect(text(branch, '2026-11-25T22:00:00+03:30', fa)).toBe('Closed · opens پنجشنبه ۰۹:۰۰');
	});

	it('says always open for a channel open around the clock', () => {
		expect(text({ id: 'email', hours: { always: true } }, '2026-11-22T03:00:00+03:30')).toBe('Always open');
	});
});

describe('intervalsText', () => {
	it('lists intervals in the locale’s digits, or says closed', () => {
		expect(
			intervalsText(
				[
					{ open: '08:00', close: '14:00' },
					{ open: '16:00', close: '24:00' },
				],
				messages,
				en,
			),
		).toBe('08:00–14:00, 16:00–24:00');
		expect(intervalsText([{ open: '08:00', close: '22:00' }], messages, fa)).toBe('۰۸:۰۰–۲۲:۰۰');
		expect(intervalsText([], messages, fa)).toBe('closed');
	});

	it('converts only digits', () => {
		expect(digits('24:00', { bcp47: 'ar', numberingSystem: 'arab' })).toBe('٢٤:٠٠');
	});
});
