import { describe, expect, it } from 'vitest';
import fa from 'decap-cms-locales/dist/esm/fa';
import en from 'decap-cms-locales/dist/esm/en';
import { buildAdminData, buildCmsConfig } from '../../src/features/cms/cms-config';
import { entryIssues } from '../../src/features/cms/entry-validation';
import { entryProblems, issueMessages, languagesToWrite } from '../../src/features/cms/browser/validation';
import { arPhrases } from '../../src/features/cms/ar-locale';
import { correctedFaPhrases, withZwnj, type Phrases } from '../../src/features/cms/fa-locale';
import { noticeTemplates } from '../../src/features/cms/notice-templates';
import { addHoursStored, nowStored, storedNoticePhase, storedToWall, wallToStored } from '../../src/features/cms/zoned-input';
import { noticeListSummary } from '../../src/features/cms/list-summary';
import { noticeSchema } from '../../src/features/notices/notice-schema';

/**
 * The CMS's side of "refuse what the build refuses": the build's own schemas run on the
 * entry as it will be written, each problem told in the editor's language with times in
 * the site's zone and calendar.
 */
const admin = buildAdminData({ env: {}, previewStyles: [] });
const messages = issueMessages(admin);
const notices = buildCmsConfig({ env: {} }).collections.find((item) => item.name === 'notices')!;
const base = { title: 'تأخیر ارسال', summary: 'ارسال‌ها دیرتر می‌رسد.', kind: 'delay', severity: 'warning', start: '2026-11-22T09:00:00+03:30' };

describe('entry validation in the editor’s language', () => {
	it('isolates a name from the content inside a rule’s message (a service listed twice), its own controls shown as escapes', () => {
		const incident = {
			title: 'قطعی',
			kind: 'incident',
			impact: 'minor',
			affected: [
				{ service: 'web\u202Esite', status: 'partial_outage' },
				{ service: 'web\u202Esite', status: 'major_outage' },
			],
			updates: [{ at: '2026-11-20T10:00:00+03:30', status: 'investigating', text: 'بررسی' }],
		};
		const twice = entryIssues('incidents', incident, messages).find((issue) => issue.rule === 'incident.serviceTwice');
		expect(twice?.message).toContain('\u2068web\\u{202E}site\u2069');
	});

	it('accepts a valid notice', () => {
		expect(entryIssues('notices', base, messages)).toEqual([]);
	});

	it('refuses an end before the start, naming the field and both times in Solar Hijri, Tehran time', () => {
		const issues = entryIssues('notices', { ...base, end: '2026-11-22T08:00:00+03:30' }, messages);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ path: ['end'], rule: 'notice.endAfterStart' });
		expect(issues[0]!.message).toMatch(/^«پایان»: پایان \(.*۱ آذر ۱۴۰۵.*۰۸:۰۰\) باید بعد از شروع \(.*۰۹:۰۰\) باشد\.$/);
	});

	it('translates lengths, offsets, missing fields, kinds and hours rules', () => {
		const rules = (data: Record<string, unknown>) => entryIssues('notices', data, messages).map((issue) => [issue.path.join('.'), issue.rule]);
		expect(rules({ ...base, title: 'ا'.repeat(161) })).toEqual([['title', 'tooLong']]);
		expect(entryIssues('notices', { ...base, title: 'ا'.repeat(161) }, messages)[0]!.message).toBe('«عنوان»: حداکثر ۱۶۰ نویسه.');
		expect(rules({ ...base, start: '2026-11-22T09:00:00' })).toEqual([['start', 'instant.format']]);
		expect(rules({ ...base, start: '2026-11-22T09:00:00+15:00' })).toEqual([['start', 'instant.parts']]);
		expect(rules({ ...base, summary: undefined })).toEqual([['summary', 'required']]);
		expect(rules({ ...base, kind: 'party' })).toEqual([['kind', 'oneOf']]);
		expect(entryIssues('notices', { ...base, kind: 'party' }, messages)[0]!.message).toContain('تأخیر، تغییر ساعت کاری');
		expect(rules({ ...base, kind: 'hours-change' })).toEqual([['hours', 'notice.hoursRequired']]);
		expect(rules({ ...base, hours: { from: '2026-11-23', to: '2026-11-24', channels: { 'contact-centre': 'closed' } } })).toEqual([['hours', 'notice.hoursOnlyForHoursChange']]);
		expect(rules({ ...base, kind: 'hours-change', hours: { from: '2026-11-24', to: '2026-11-23', channels: { 'contact-centre': 'closed' } } })).toEqual([['hours.to', 'hours.toBeforeFrom']]);
		expect(rules({ ...base, kind: 'hours-change', hours: { from: '2026-11-23', to: '2026-11-23', channels: { 'contact-centre': [{ open: '18:00', close: '09:00' }] } } })).toEqual([
			['hours.channels.contact-centre.0.close', 'hours.closeAfterOpen'],
		]);
		expect(rules({ ...base, title: 'a\u202eb' })).toEqual([['title', 'line.invisible']]);
		expect(rules({ ...base, colour: 'red' })).toEqual([['colour', 'unknownField']]);
	});

	it('has a translation for every rule the schemas tag, in every language', () => {
		const schemaFiles = import.meta.glob<string>('../../src/**/*schema.ts', { eager: true, query: '?raw', import: 'default' });
		const rules = new Set(Object.values(schemaFiles).flatMap((text) => [...text.matchAll(/rule: '([\w.]+)'/g)].map((match) => match[1]!)));
		expect(rules.size).toBeGreaterThanOrEqual(25);
		for (const locale of ['fa', 'ar', 'en'] as const) {
			const data = buildAdminData({ env: {}, previewStyles: [], uiLocale: locale });
			for (const rule of rules) expect(data.strings[`rule.${rule}`], `${locale}: rule.${rule}`).toBeTruthy();
		}
	});

	it('checks every language that will be written, and names the language', () => {
		const entry = {
			data: { ...base, slug: 'x', template: 'outage', bayanPhase: 'در جریان', body: 'متن' },
			i18n: { ar: { data: { ...base, title: 'تأخير', end: '2026-11-21T09:00:00+03:30' } }, en: { data: { kind: 'delay' } } },
		};
		// English has no title: it is not written, so not checked.
		expect(languagesToWrite(notices, entry, 'fa').map((language) => language.locale)).toEqual(['fa', 'ar']);
		const problems = entryProblems(notices, entry, admin);
		expect(problems.map((problem) => [problem.locale, problem.path.join('.')])).toEqual([['ar', 'end']]);
		expect(problems[0]!.message).toMatch(/\(عربی\)$/);
	});
});

describe('dates in the site’s zone', () => {
	it('stores a Tehran wall-clock time with its offset and reads it back, whatever the device zone', () => {
		expect(wallToStored('2026-11-22T09:00', 'Asia/Tehran')).toBe('2026-11-22T09:00:00+03:30');
		expect(storedToWall('2026-11-22T05:30:00Z', 'Asia/Tehran')).toBe('2026-11-22T09:00');
		expect(storedToWall('2026-11-22T09:00:00+03:30', 'Asia/Tehran')).toBe('2026-11-22T09:00');
		// A zone with summer time gets the offset of that date.
		expect(wallToStored('2026-07-01T09:00', 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00');
		expect(wallToStored('2026-12-01T09:00', 'Europe/Berlin')).toBe('2026-12-01T09:00:00+01:00');
		expect(wallToStored('', 'Asia/Tehran')).toBe('');
		expect(storedToWall('not a date', 'Asia/Tehran')).toBe('');
		expect(nowStored('Asia/Tehran', new Date('2026-11-22T06:30:42.5Z'))).toBe('2026-11-22T10:00:00+03:30');
		expect(addHoursStored('2026-11-22T10:00:00+03:30', 24, 'Asia/Tehran')).toBe('2026-11-23T10:00:00+03:30');
	});

	it('tells live, upcoming and ended notices apart by the site’s own rule', () => {
		const now = new Date('2026-11-22T06:30:00Z');
		expect(storedNoticePhase('2026-11-22T09:00:00+03:30', undefined, now)).toBe('active');
		expect(storedNoticePhase('2026-11-23T09:00:00+03:30', undefined, now)).toBe('upcoming');
		expect(storedNoticePhase('2026-11-20T09:00:00+03:30', '2026-11-22T10:00:00+03:30', now)).toBe('expired');
		const context = { ...admin, s: (key: string, vars?: Record<string, string | number>) => messages.string(key, vars)! };
		const summary = noticeListSummary({ ...base, end: '2026-11-23T09:00:00+03:30' }, context, now);
		expect(summary.bayanPhase).toBe('در جریان');
		expect(summary.bayanSeverity).toBe('هشدار');
		expect(summary.bayanWindow).toMatch(/۱ آذر ۱۴۰۵.* تا .*۲ آذر ۱۴۰۵/);
	});
});

describe('notice templates', () => {
	it('cover the recurring crises in every language and are valid notices once started (holiday hours still need the hours)', () => {
		expect(noticeTemplates.map((template) => template.kind).sort()).toEqual(['delay', 'hours-change', 'outage', 'safety', 'stock']);
		for (const template of noticeTemplates) {
			expect(admin.strings[`template.${template.id}`], template.id).toBeTruthy();
			for (const locale of ['fa', 'ar', 'en'] as const) {
				const start = nowStored('Asia/Tehran', new Date('2026-11-22T06:30:00Z'));
				const data = { ...template.text[locale], body: undefined, kind: template.kind, severity: template.severity, start, end: addHoursStored(start, template.hours, 'Asia/Tehran') };
				const { body: _body, ...frontMatter } = data;
				const result = noticeSchema.safeParse(frontMatter);
				const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
				expect(paths, `${template.id} (${locale})`).toEqual(template.kind === 'hours-change' ? ['hours'] : []);
				expect(template.text[locale].body.trim().length, `${template.id} (${locale}) body`).toBeGreaterThan(40);
			}
		}
	});
});

describe('Decap’s Persian interface, corrected', () => {
	const corrected = correctedFaPhrases(fa as Phrases);
	const flat = (phrases: Phrases, prefix = ''): Array<[string, string]> =>
		Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flat(value, `${prefix}${key}.`)));
	const english = new Map(flat(en as Phrases));
	const persian = new Map(flat(corrected));

	it('has every phrase the English interface has, with the same placeholders', () => {
		for (const [key, text] of english) {
			expect(persian.has(key), key).toBe(true);
			const placeholders = (value: string) => [...value.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
			expect(placeholders(persian.get(key)!), key).toEqual(placeholders(text));
		}
	});

	it('has no stray braces, no English buttons, and joins Persian compounds with a ZWNJ', () => {
		for (const [key, text] of persian) {
			expect(text.replace(/%\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
			expect(text, key).not.toMatch(/(^|\s)(ن?می|ها|های) /u);
		}
		expect(persian.get('editor.editorToolbar.save')).toBe('ذخیره');
		expect(persian.get('editor.editorInterface.toggleI18n')).not.toMatch(/i18n/);
		expect(persian.get('app.header.media')).toBe('رسانه‌ها');
		expect(withZwnj('آیا می خواهید این ورودی ها را حذف کنید؟')).toBe('آیا می‌خواهید این ورودی‌ها را حذف کنید؟');
	});
});

describe('Decap’s Arabic interface (Decap ships none)', () => {
	const flat = (phrases: Phrases, prefix = ''): Array<[string, string]> =>
		Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flat(value, `${prefix}${key}.`)));
	const english = new Map(flat(en as Phrases));
	const arabic = new Map(flat(arPhrases));
	const placeholders = (value: string) => [...value.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

	it('has exactly the phrases the English interface has, with the same placeholders and plural forms', () => {
		expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
		for (const [key, text] of english) {
			expect(placeholders(arabic.get(key)!), key).toEqual(placeholders(text));
			expect(arabic.get(key)!.split('||||').length, key).toBe(text.split('||||').length);
		}
	});

	it('is Arabic: every phrase with words has Arabic letters, none is left as the English', () => {
		// A date format, a plus before the collection name and a bare placeholder are the only Latin-only phrases.
		const latinOnly = new Set(['collection.collectionTop.newButton', 'workflow.workflow.dateFormat', 'workflow.workflowCard.lastChangeNoAuthor', 'ui.toast.onFailToAuth']);
		for (const [key, text] of arabic) {
			if (latinOnly.has(key)) continue;
			expect(text, key).toMatch(/[\u0600-\u06ff]/u);
			expect(text, key).not.toBe(english.get(key));
			expect(text.replace(/%\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
		}
		expect(arabic.get('editor.editorToolbar.publish')).toBe('نشر');
		expect(arabic.get('editor.editorToolbar.publishNow')).toBe('النشر الآن');
	});
});
