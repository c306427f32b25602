import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { statusBadgeSvg } from '../../src/features/status/badge';
import { buildCalendar, escapeText, foldLine } from '../../src/features/notices/ical';
import { jsonDocument, jsonResponse } from '../../src/core/json-output';
import { jsonForScript } from '../../src/core/json-script';
import { jsonFeed } from '../../src/features/notices/notice-feed';
import { rssFeed } from '../../src/core/rss-feed';
import type { GroupEntry, ServiceEntry } from '../../src/features/status/status';
import { componentsJson, summaryJson } from '../../src/features/status/statuspage-api';
import { faqJsonLd, serializeJsonLd } from '../../src/features/site/structured-data';
import { escapeXml, xmlText } from '../../src/core/xml-text';
import type { ServiceGroupData as GroupData, ServiceData } from '../../src/features/status/service-schema';

/** Inputs attackers have tried; each serializer must carry or strip them, never break on them. */
const SCRIPT = '</script><script>alert(1)</script>';
const ILLEGAL = 'a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDFFFi';
const ILLEGAL_CLEAN = 'abcdefghi';
const HOSTILE = `${SCRIPT} <!-- & "q" 'a' \u2028\u2029 ${ILLEGAL} 🙂 ]]>`;

/** Anything in a script element's text that could end it or open a comment the parser treats specially. */
const scriptBreakers = /<|>|&|\u2028|\u2029/;

describe('jsonForScript', () => {
	it('leaves no character that could end a script element, and parses back to the same value', () => {
		const value = { name: HOSTILE, list: ['<!--', '-->', '</SCRIPT >', '\u2028'] };
		const out = jsonForScript(value);
		expect(out).not.toMatch(scriptBreakers);
		expect(out).toContain('\\u003c/script\\u003e');
		expect(out).toContain('\\u2028');
		expect(JSON.parse(out)).toEqual(value);
	});

	it('is what JSON-LD is printed with, FAQ questions included', () => {
		const out = serializeJsonLd(faqJsonLd('en', [{ question: SCRIPT, answer: '<!-- x' }]));
		expect(out).not.toMatch(scriptBreakers);
		expect((JSON.parse(out) as { mainEntity: Array<{ name: string }> }).mainEntity[0]!.name).toBe(SCRIPT);
	});

	it('refuses values with no JSON form instead of printing an empty block', () => {
		expect(() => jsonForScript(undefined)).toThrow(/no JSON form/);
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(() => jsonForScript(cyclic)).toThrow(expect.objectContaining({ cause: expect.any(TypeError) }));
	});
});

/** True when every character of `text` is an XML 1.0 Char. */
function xmlLegal(text: string): boolean {
	return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u.test(text);
}

describe('XML text', () => {
	it('strips exactly the characters XML 1.0 cannot carry, keeping tab, newlines and emoji', () => {
		expect(xmlText(ILLEGAL)).toBe(ILLEGAL_CLEAN);
		expect(xmlText('a\tb\nc\rd 🙂 \u2028')).toBe('a\tb\nc\rd 🙂 \u2028');
	});

	it('escapes markup after stripping', () => {
		expect(escapeXml(`&<>"'\uFFFE`)).toBe('&amp;&lt;&gt;&quot;&apos;');
	});
});

describe('RSS', () => {
	it('stays well-formed with hostile titles, descriptions and categories, which read back cleaned', async () => {
		const response = await rssFeed({
			title: HOSTILE,
			description: ILLEGAL,
			site: 'https://help.example/en/notices/',
			language: 'en',
			items: [{ title: HOSTILE, description: `${SCRIPT}${ILLEGAL}`, link: 'https://help.example/en/notices/x/', pubDate: new Date('2026-11-22T10:00:00Z'), categories: [ILLEGAL] }],
		});
		const xml = await response.text();
		expect(xmlLegal(xml)).toBe(true);
		expect(xml).not.toContain('<script>');
		const feed = await new Parser({ xml2js: { strict: true } }).parseString(xml);
		expect(feed.title).toBe(xmlText(HOSTILE));
		expect(feed.items[0]!.title).toBe(xmlText(HOSTILE));
		expect(feed.items[0]!.content).toBe(`${SCRIPT}${ILLEGAL_CLEAN}`);
		expect(feed.items[0]!.categories).toEqual([ILLEGAL_CLEAN]);
	});

	it('refuses links and languages that are not plain URLs and tags', async () => {
		const base = { title: 't', description: 'd', site: 'https://help.example/', language: 'en', items: [] };
		await expect(async () => rssFeed({ ...base, site: 'javascript:alert(1)' })).rejects.toThrow(/javascript:alert/);
		await expect(async () => rssFeed({ ...base, language: 'en</language><x>' })).rejects.toThrow(/language tag/);
		await expect(async () => rssFeed({ ...base, items: [{ title: 't', description: 'd', link: 'https://help.example/a b', pubDate: new Date() }] })).rejects.toThrow(/a b/);
	});
});

describe('JSON documents (JSON Feed, status API)', () => {
	it('strip XML-illegal characters and unpaired surrogates from every string, keys included', () => {
		const text = jsonDocument({ [`k${ILLEGAL}`]: [HOSTILE], n: 1, d: new Date('2026-01-01T00:00:00Z') });
		expect(text).not.toMatch(/\\ud[89ab]/i);
		expect(xmlLegal(text)).toBe(true);
		expect(JSON.parse(text)).toEqual({ [`k${ILLEGAL_CLEAN}`]: [xmlText(HOSTILE)], n: 1, d: '2026-01-01T00:00:00.000Z' });
	});

	it('JSON Feed items read back cleaned, and bad URLs stop the feed', async () => {
		const feed = jsonFeed({
			title: HOSTILE,
			description: 'd',
			language: 'en',
			homePageUrl: 'https://help.example/en/notices/',
			feedUrl: 'https://help.example/en/notices/feed.json',
			items: [{ title: ILLEGAL, description: SCRIPT, link: 'https://help.example/en/notices/x/', pubDate: new Date(0), categories: ['info'] }],
		});
		const parsed = (await jsonResponse(feed).json()) as { title: string; items: Array<{ title: string; summary: string }> };
		expect(parsed.title).toBe(xmlText(HOSTILE));
		expect(parsed.items[0]!.title).toBe(ILLEGAL_CLEAN);
		expect(parsed.items[0]!.summary).toBe(SCRIPT);
		expect(() => jsonFeed({ title: 't', description: 'd', language: 'en', homePageUrl: 'https://h.example/\n', feedUrl: 'https://h.example/f', items: [] })).toThrow();
	});

	it('a service named with markup, quotes and illegal characters gives valid API JSON', async () => {
		const hostileName = `<b>&"Pay'</b>${ILLEGAL}`;
		const services: ServiceEntry[] = [{ id: 'payments', data: { name: { fa: hostileName, ar: hostileName, en: hostileName }, group: 'shop', order: 1 } as unknown as ServiceData }];
		const groups: GroupEntry[] = [{ id: 'shop', data: { name: { fa: hostileName, ar: hostileName, en: hostileName }, order: 1 } as unknown as GroupData }];
		const input = { services, groups, incidents: [], now: new Date('2026-11-22T10:00:00Z'), siteName: hostileName, siteUrl: 'https://help.example' };
		for (const body of [componentsJson(input), summaryJson(input)]) {
			const text = await jsonResponse(body).text();
			expect(xmlLegal(text)).toBe(true);
			const parsed = JSON.parse(text) as { components: Array<{ name: string }> };
			expect(parsed.components.map((component) => component.name)).toContain(`<b>&"Pay'</b>${ILLEGAL_CLEAN}`);
		}
	});
});

describe('status badge', () => {
	it('is well-formed XML whatever the label and status say', () => {
		const svg = statusBadgeSvg(`<b>&"x'</b>${ILLEGAL}`, `${SCRIPT}\u2028`, '#1e7b34');
		expect(xmlLegal(svg)).toBe(true);
		expect(svg).not.toContain('<script>');
		expect(svg).not.toContain('<b>');
		const names = [...svg.matchAll(/<(\/?)([a-zA-Z]+)/g)].map((match) => match[2]);
		expect(new Set(names)).toEqual(new Set(['svg', 'title', 'clipPath', 'rect', 'g', 'text']));
		expect(svg).toContain(`&lt;b&gt;&amp;&quot;x&apos;&lt;/b&gt;${ILLEGAL_CLEAN}`);
	});
});

describe('iCalendar', () => {
	const octets = (line: string) => new TextEncoder().encode(line).length;

	it('escapes TEXT and strips what it cannot carry', () => {
		expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
		expect(escapeText(`x${ILLEGAL}\u007F\ty`)).toBe(`x${ILLEGAL_CLEAN}\ty`);
	});

	it('folds at 75 octets without splitting an emoji that straddles the boundary', () => {
		for (let pad = 70; pad <= 76; pad++) {
			const line = `${'a'.repeat(pad)}🙂🙂b`;
			const folded = foldLine(line);
			const physical = folded.split('\r\n');
			for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
			expect(physical.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
			// No half of a surrogate pair (so no split UTF-8 sequence) at the end or start of a line.
			for (const part of physical) expect(part).not.toMatch(/[\uD800-\uDFFF]/u);
		}
	});

	it('a hostile event parses with ical.js and reads back escaped-then-unescaped', () => {
		const summary = `${'ب'.repeat(30)};,\\\n${SCRIPT}${ILLEGAL}🙂`.repeat(2);
		const text = buildCalendar({
			prodId: '-//Bayan//Status//EN',
			name: `x\r\nBEGIN:VEVENT`,
			language: 'fa',
			events: [{ uid: 'a,b;c@help.example', stamp: new Date(0), start: new Date(1000), end: new Date(2000), summary, description: `\r\nEND:VCALENDAR${ILLEGAL}` }],
		});
		for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(text.split('\r\n').filter((line) => /^(BEGIN|END):/.test(line))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR']);
		const calendar = new ICAL.Component(ICAL.parse(text));
		// ical.js keeps an X- property's value raw: the line break is still the escaped `\n`.
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('x\\nBEGIN:VEVENT');
		const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe(`${'ب'.repeat(30)};,\\\n${SCRIPT}${ILLEGAL_CLEAN}🙂`.repeat(2));
		expect(event.uid).toBe('a,b;c@help.example');
		expect(event.description).toBe(`\nEND:VCALENDAR${ILLEGAL_CLEAN}`);
	});

	it('refuses URLs and languages that cannot be written safely', () => {
		const event = { uid: 'u', stamp: new Date(0), start: new Date(0), end: new Date(1000), summary: 's' };
		expect(() => buildCalendar({ prodId: 'p', name: 'n', events: [{ ...event, url: 'https://h.example/\r\nX:1' }] })).toThrow(/not a plain/);
		expect(() => buildCalendar({ prodId: 'p', name: 'n', language: 'fa:X', events: [event] })).toThrow(/language tag/);
	});
});

describe('every route uses the serializers', () => {
	/** Source files under src/ (routes, components, layouts, libraries). */
	const sources = () =>
		readdirSync('src', { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && /\.(?:astro|ts|mjs)$/.test(entry.name))
			.map((entry) => ({ path: join(entry.parentPath, entry.name), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));

	it('no route writes RSS, published JSON or script JSON by hand', () => {
		const offenders = sources().flatMap(({ path, text }) => [
			...(/from '@astrojs\/rss'/.test(text) && !path.endsWith('rss-feed.ts') ? [`${path}: imports @astrojs/rss (use rssFeed)`] : []),
			...(/new Response\(\s*JSON\.stringify/.test(text) ? [`${path}: JSON.stringify into a Response (use jsonResponse)`] : []),
			...(/set:html=\{\s*JSON\.stringify/.test(text) || (/set:html=/.test(text) && /JSON\.stringify/.test(text) && /<script/.test(text))
				? [`${path}: JSON.stringify printed into a script (use jsonForScript)`]
				: []),
		]);
		expect(offenders).toEqual([]);
	});
});
