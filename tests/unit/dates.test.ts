import { describe, expect, it } from 'vitest';
import { formatDate, machineDate, offsetMinutes, zonedParts, zonedTimeToInstant } from '../../src/core/dates';

describe('dates', () => {
	const noon = new Date('2026-11-22T08:30:00Z'); // 12:00 in Tehran (+03:30)

	it('writes Persian dates in the Solar Hijri calendar with Persian digits', () => {
		expect(formatDate(noon, 'fa')).toBe('۱ آذر ۱۴۰۵');
	});

	it('writes Arabic dates with Arabic-Indic digits and English with Latin digits', () => {
		expect(formatDate(noon, 'ar')).toMatch(/[٠-٩]/);
		expect(formatDate(noon, 'ar')).toContain('نوفمبر');
		expect(formatDate(noon, 'en')).toBe('November 22, 2026');
	});

	it('formats in the site time zone, not UTC', () => {
		// 22:00 UTC on 21 Nov is already 01:30 on 22 Nov in Tehran.
		const lateUtc = new Date('2026-11-21T22:00:00Z');
		expect(formatDate(lateUtc, 'en')).toBe('November 22, 2026');
		expect(formatDate(lateUtc, 'en', 'time')).toBe('01:30');
	});

	it('gives machine-readable dates with the zone offset', () => {
		expect(machineDate(noon)).toBe('2026-11-22T12:00:00+03:30');
		expect(machineDate(new Date('2026-11-21T22:00:00Z'), 'date')).toBe('2026-11-22');
	});

	it('knows Tehran is +03:30 and maps wall-clock times back to instants', () => {
		expect(offsetMinutes(noon, 'Asia/Tehran')).toBe(210);
		expect(zonedTimeToInstant({ year: 2026, month: 11, day: 22, hour: 9 }, 'Asia/Tehran').toISOString()).toBe('2026-11-22T05:30:00.000Z');
		expect(zonedParts(noon, 'Asia/Tehran')).toMatchObject({ hour: 12, minute: 0, weekday: 0 });
	});

	it('handles a zone with daylight saving', () => {
		const summer = zonedTimeToInstant({ year: 2026, month: 7, day: 1, hour: 9 }, 'Europe/London');
		expect(summer.toISOString()).toBe('2026-07-01T08:00:00.000Z');
	});
});
