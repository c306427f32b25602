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

/**
 * Characters an iCalendar TEXT value cannot carry (RFC 5545 §3.1 and §3.3.11: CONTROL is
 * every C0 character but tab, and DEL) plus what no UTF-8 text can (U+FFFE, U+FFFF and
 * unpaired surrogates, which `TextEncoder` would silently turn into U+FFFD). Line breaks
 * are not in the list: `escapeText` turns them into `\n` first.
 */
const ICAL_ILLEGAL = /[\u0000-\u0008\u000A-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines are
 * escaped, and characters a TEXT value cannot carry are stripped (not refused: they are
 * invisible, and one pasted into a title must not break the whole calendar).
 */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n')
		.replace(ICAL_ILLEGAL, '');
}

/**
 * A URI value (the URL property), or an error naming it: a URI is not TEXT, so it cannot be
 * escaped, and one with controls, spaces or quotes would break the line or the parameter
 * syntax. The site only ever writes its own absolute URLs here.
 */
export function icalUri(value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch (cause) {
		throw new Error(`iCalendar URL "${value}" is not an absolute URL`, { cause });
	}
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !/^[\x21-\x7e]+$/.test(value) || /["<>\\^`{|}]/.test(value)) {
		throw new Error(`iCalendar URL "${value}" is not a plain absolute http(s) URL`);
	}
	return value;
}

/** A LANGUAGE parameter value (RFC 5646 tag), or an error naming it: parameters are not escaped either. */
function languageParameter(value: string): string {
	if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) throw new Error(`iCalendar LANGUAGE "${value}" is not a language tag like fa-IR`);
	return value;
}

/** A UTC DATE-TIME value, `20261125T013000Z`. */
export function icalDateTime(date: Date): string {
	if (Number.isNaN(date.getTime())) throw new Error('icalDateTime: invalid date');
	return date
		.toISOString()
		.replace(/\.\d{3}/, '')
		.replace(/[-:]/g, '');
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
	const lang = calendar.language ? `;LANGUAGE=${languageParameter(calendar.language)}` : '';
	const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(calendar.prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendar.name)}`];
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
		// URL is a URI value, not TEXT: escaping its commas would change the address, so it is checked instead.
		if (event.url) lines.push(`URL:${icalUri(event.url)}`);
		if (event.sequence !== undefined) {
			if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) throw new Error(`buildCalendar: event ${event.uid} has SEQUENCE ${event.sequence}, not a whole number`);
			lines.push(`SEQUENCE:${event.sequence}`);
		}
		if (event.status) lines.push(`STATUS:${event.status}`);
		// Maintenance blocks the service, not the reader's diary.
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
