import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, icalDateTime, type CalendarEvent } from '../../src/features/notices/ical';

const persian: CalendarEvent = {
	uid: 'payment-gateway-upgrade@help.bazarak.example',
	stamp: new Date('2026-11-20T12:00:00+03:30'),
	start: new Date('2026-11-25T01:00:00+03:30'),
	end: new Date('2026-11-25T03:00:00+03:30'),
	summary: 'ارتقای درگاه پرداخت; کارت، کیف پول, و \\ بک‌اسلش',
	description: 'سرورهای درگاه پرداخت را ارتقا می‌دهیم.\nدر این بازه پرداخت با کارت ممکن نیست؛ می‌توانید با اعتبار کیف پول پرداخت کنید یا پرداخت در محل را انتخاب کنید.',
	url: 'https://help.bazarak.example/fa/status/incidents/payment-gateway-upgrade/',
	sequence: 2,
	status: 'CONFIRMED',
};

const text = buildCalendar({ prodId: '-//Bayan//Status//FA', name: 'راهنمای بازارک: نگهداری‌ها', language: 'fa', events: [persian] });

describe('buildCalendar', () => {
	it('parses with ical.js and round-trips every field', () => {
		const component = new ICAL.Component(ICAL.parse(text));
		expect(component.name).toBe('vcalendar');
		expect(component.getFirstPropertyValue('version')).toBe('2.0');
		const events = component.getAllSubcomponents('vevent');
		expect(events).toHaveLength(1);
		const event = new ICAL.Event(events[0]!);
		expect(event.uid).toBe(persian.uid);
		expect(event.summary).toBe(persian.summary);
		expect(event.description).toBe(persian.description);
		expect(event.startDate.toJSDate().getTime()).toBe(persian.start.getTime());
		expect(event.endDate.toJSDate().getTime()).toBe(persian.end.getTime());
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(event.sequence).toBe(2);
		expect(events[0]!.getFirstPropertyValue('url')).toBe(persian.url);
		expect((events[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).toBe(persian.stamp.getTime());
	});

	it('uses CRLF only and keeps every line within 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = text.split('\r\n').slice(0, -1);
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		// The long Persian description really was folded.
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
	});

	it('rejects an event that ends before it starts', () => {
		expect(() => buildCalendar({ prodId: 'x', name: 'x', events: [{ ...persian, end: persian.start }] })).toThrow(persian.uid);
	});
});

describe('foldLine', () => {
	it('never splits a multi-byte character and unfolds to the original', () => {
		const line = `SUMMARY:${'پ'.repeat(100)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) {
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
			expect(part).not.toContain('\uFFFD');
		}
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});

	it('leaves short lines alone', () => {
		expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
	});
});

describe('escapeText and icalDateTime', () => {
	it('escapes backslash, semicolon, comma and newline', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('writes UTC date-times without separators', () => {
		expect(icalDateTime(new Date('2026-11-25T01:00:00+03:30'))).toBe('20261124T213000Z');
	});
});
