/**
 * A minimal RFC 5545 (iCalendar) writer for the maintenance calendar
 * (`/<locale>/status/maintenance.ics`). Calendar apps are strict about the details a
 * template would get wrong, so they are all handled here: CRLF line endings, lines folded
 * at 75 octets without splitting a UTF-8 character (Persian and Arabic text is two bytes a
 * letter), TEXT escaping, and times written in UTC so no VTIMEZONE is needed.
 */

/** One event of the calendar. */
export interface CalendarEvent {
	/** Globally unique and stable from build to build, e.g. `payment-gateway-upgrade@help.example`. */
	uid: string;
	/** When this version of the event was last changed (DTSTAMP and LAST-MODIFIED). */
	stamp: Date;
	start: Date;
	end: Date;
	summary: string;
	description?: string;
	/** Absolute URL of the event's page. */
	url?: string;
	/** Revision number; calendar apps replace the event when it grows. */
	sequence?: number;
	/** RFC 5545 STATUS of a VEVENT. */
	status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
}

/** The calendar as a whole. */
export interface Calendar {
	/** PRODID, e.g. `-//Bayan//Status//EN`. */
	prodId: string;
	/** Display name (X-WR-CALNAME, understood by Apple, Google and Outlook). */
	name: string;
	/** Language of the texts (RFC 5646), given on each text property. */
	language?: string;
	events: readonly CalendarEvent[];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** A UTC DATE-TIME value, `20261125T013000Z`. */
export function icalDateTime(date: Date): string {
	if (Number.isNaN(date.getTime())) throw new Error('icalDateTime: invalid date');
	return date.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds one content line so no physical line exceeds 75 octets (RFC 5545 §3.1):
 * continuation lines start with a space, which counts towards their 75. Splits fall
 * between code points, never inside a multi-byte character.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (size + bytes > limit) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** Builds the whole `.ics` text: CRLF line endings, folded lines, a final CRLF. */
export function buildCalendar(calendar: Calendar): string {
	const lang = calendar.language ? `;LANGUAGE=${calendar.language}` : '';
	const lines: string[] = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${escapeText(calendar.prodId)}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
	];
	for (const event of calendar.events) {
		if (event.end.getTime() <= event.start.getTime()) {
			throw new Error(`buildCalendar: event ${event.uid} ends before it starts`);
		}
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${icalDateTime(event.stamp)}`,
			`LAST-MODIFIED:${icalDateTime(event.stamp)}`,
			`DTSTART:${icalDateTime(event.start)}`,
			`DTEND:${icalDateTime(event.end)}`,
			`SUMMARY${lang}:${escapeText(event.summary)}`,
		);
		if (event.description) lines.push(`DESCRIPTION${lang}:${escapeText(event.description)}`);
		// URL is a URI value, not TEXT: escaping its commas would change the address.
		if (event.url) lines.push(`URL:${event.url}`);
		if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
		if (event.status) lines.push(`STATUS:${event.status}`);
		// Maintenance blocks the service, not the reader's diary.
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
