import type { z } from 'astro/zod';
import { articleSchema } from '../articles/article-schema';
import { categorySchema } from '../articles/category-schema';
import { channelSchema } from '../notices/channel-schema';
import { slugPattern } from '../../core/schema';
import { isolate } from './bidi';
import { incidentSchema } from '../status/incident-schema';
import { noticeSchema } from '../notices/notice-schema';
import { regionSchema } from '../notices/region-schema';
import { serviceGroupSchema, serviceSchema } from '../status/service-schema';
import { synonymGroupSchema } from '../search/synonyms-schema';

/**
 * The build's own Zod schemas, run in the CMS before an entry is saved, with each problem
 * told in the editor's language. There is no second copy of any rule here: this module only
 * translates the issues the schemas report. Rules that span fields carry a `params.rule` id
 * (e.g. `notice.endAfterStart`) with the values the message needs; a rule without one, or
 * without a translation, is still reported, with the schema's own English text, so nothing
 * the build would refuse is ever saved silently.
 */

/** Each collection's complete schema, by Decap collection name (`cmsCollectionSpecs`). */
export const collectionSchemas: Readonly<Record<string, z.ZodType>> = {
	notices: noticeSchema,
	articles: articleSchema,
	incidents: incidentSchema,
	categories: categorySchema,
	channels: channelSchema,
	regions: regionSchema,
	services: serviceSchema,
	serviceGroups: serviceGroupSchema,
	synonyms: synonymGroupSchema,
};

/** One problem with an entry, where it is and what to do, in the editor's language. */
export interface EntryIssue {
	/** Path into the entry's data, as Zod reports it (`['hours', 'to']`). */
	path: Array<string | number>;
	/** The message, starting with the field's label. */
	message: string;
	/** The rule id (`notice.endAfterStart`) or Zod issue code, for tests and logs. */
	rule: string;
}

/** What the translator needs from its surroundings: strings, labels and date formatting. */
export interface IssueMessages {
	/** A CMS string by key without the `cms.` prefix, `{name}` placeholders filled; undefined when missing. */
	string(key: string, vars?: Record<string, string | number>): string | undefined;
	/** An instant as the editor reads it: in the site's time zone and the interface's calendar. */
	formatInstant(date: Date): string;
	/** A calendar day (midnight UTC) in the interface's calendar. */
	formatDay(date: Date): string;
	/** A number in the interface's digits. */
	formatNumber(value: number): string;
}

/** Zod 4 issue fields read here; the union Zod exports differs per code, so read it loosely. */
interface LooseIssue {
	code: string;
	path: PropertyKey[];
	message: string;
	params?: Record<string, unknown>;
	origin?: string;
	maximum?: number | bigint;
	minimum?: number | bigint;
	expected?: string;
	input?: unknown;
	values?: unknown[];
	format?: string;
	pattern?: string;
}

/** Calendar-day parameters (`hours.from`, `hours.to`); every other Date is an instant. */
const dayParams = new Set(['from', 'to']);

function label(messages: IssueMessages, path: PropertyKey[]): string {
	const parts: string[] = [];
	for (const segment of path) {
		if (typeof segment === 'number') parts.push(messages.formatNumber(segment + 1));
		else parts.push(messages.string(`field.${String(segment)}`) ?? String(segment));
	}
	return parts.join(' › ');
}

/**
 * A rule's values as its message shows them: dates and numbers in the interface's calendar and
 * digits, a known option by its label, and any other text (a service's or channel's name, a time
 * as written) isolated, so a name from the content cannot reorder the sentence (bidi.ts).
 */
function formatParams(params: Record<string, unknown>, messages: IssueMessages): Record<string, string | number> {
	const vars: Record<string, string | number> = {};
	for (const [key, value] of Object.entries(params)) {
		if (value instanceof Date) vars[key] = dayParams.has(key) ? messages.formatDay(value) : messages.formatInstant(value);
		else if (typeof value === 'number') vars[key] = messages.formatNumber(value);
		else if (typeof value === 'string') vars[key] = messages.string(`option.${value}`) ?? isolate(value);
	}
	return vars;
}

/** The rule id and translated text of one Zod issue, or undefined when no translation fits. */
function translate(issue: LooseIssue, messages: IssueMessages): { rule: string; text: string | undefined } {
	const number = (value: number | bigint | undefined) => messages.formatNumber(Number(value ?? 0));
	switch (issue.code) {
		case 'custom': {
			const rule = typeof issue.params?.rule === 'string' ? issue.params.rule : 'custom';
			return { rule, text: messages.string(`rule.${rule}`, formatParams(issue.params ?? {}, messages)) };
		}
		case 'invalid_type':
			if (issue.input === undefined || issue.input === null) return { rule: 'required', text: messages.string('rule.required') };
			return { rule: 'type', text: messages.string(issue.expected === 'int' ? 'rule.integer' : 'rule.type') };
		case 'too_big':
			if (issue.origin === 'string') return { rule: 'tooLong', text: messages.string('rule.tooLong', { max: number(issue.maximum) }) };
			if (issue.origin === 'array') return { rule: 'tooMany', text: messages.string('rule.tooMany', { max: number(issue.maximum) }) };
			return { rule: 'tooBig', text: messages.string('rule.tooBig', { max: number(issue.maximum) }) };
		case 'too_small':
			if (issue.origin === 'string') return { rule: 'required', text: messages.string('rule.required') };
			if (issue.origin === 'array') return { rule: 'tooFew', text: messages.string('rule.tooFew', { min: number(issue.minimum) }) };
			return { rule: 'positive', text: messages.string('rule.positive') };
		case 'invalid_format': {
			const slug = issue.pattern === String(slugPattern) || issue.pattern === slugPattern.source;
			return { rule: slug ? 'slug' : 'format', text: messages.string(slug ? 'pattern.slug' : 'pattern.format') };
		}
		case 'invalid_value': {
			const values = (issue.values ?? []).map((value) => messages.string(`option.${String(value)}`) ?? String(value));
			return { rule: 'oneOf', text: messages.string('rule.oneOf', { values: values.join('، ') }) };
		}
		case 'invalid_union':
			return { rule: 'union', text: messages.string('pattern.format') };
		default:
			return { rule: issue.code, text: undefined };
	}
}

/**
 * Checks one entry's data (as it will be written: cleaned, without the file name) against
 * its collection's schema. Returns every problem, each naming its field in the editor's
 * language; an empty list means the build will accept the file (cross-file rules aside,
 * which the form enforces by picking ids from existing entries).
 */
export function entryIssues(collection: string, data: Record<string, unknown>, messages: IssueMessages): EntryIssue[] {
	const schema = collectionSchemas[collection];
	if (!schema) throw new Error(`src/features/cms/entry-validation.ts: no schema for the collection "${collection}"`);
	const result = schema.safeParse(data);
	if (result.success) return [];
	return (result.error.issues as unknown as LooseIssue[]).map((issue) => {
		const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
		const { rule, text } = translate(issue, messages);
		const where = label(messages, path);
		// Untranslated: the schema's own words are still better than silence.
		const body = text ?? issue.message;
		return { path, rule, message: where ? `«${where}»: ${body}` : body };
	});
}

/**
 * An issue for a rule no single file's schema can check (a cross-file rule, cms/article-claims.ts):
 * named and worded like the schema's own, `rule.<rule>` in the strings, the rule id as the fallback.
 */
export function ruleIssue(messages: IssueMessages, path: Array<string | number>, rule: string, vars: Record<string, string | number> = {}): EntryIssue {
	const where = label(messages, path);
	const body = messages.string(`rule.${rule}`, vars) ?? rule;
	return { path, rule, message: where ? `«${where}»: ${body}` : body };
}

/** The issues whose path starts with `prefix` (a field's own problems, for its widget). */
export function issuesAt(issues: readonly EntryIssue[], prefix: ReadonlyArray<string | number>): EntryIssue[] {
	return issues.filter((issue) => prefix.every((segment, index) => issue.path[index] === segment));
}
