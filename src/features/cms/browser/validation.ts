import { numberFormat } from '../../../core/message-format';
import { cleanEntryData } from '../cms-entry';
import type { CmsAdminData, CmsCollection } from '../cms-config';
import { listSummaryKeys, transientWidgets } from '../entry-keys';
import { entryIssues, type EntryIssue, type IssueMessages } from '../entry-validation';
import { formatDayFor, formatInstantFor } from '../zoned-input';

/**
 * The admin's side of entry validation: the strings and date formatting the translated
 * messages need, and the data of an entry exactly as the custom format will write it.
 */

/** Messages in the interface language, times in the site's zone and the editor's calendar. */
export function issueMessages(data: Pick<CmsAdminData, 'strings' | 'uiIntl' | 'timeZone'>): IssueMessages {
	// Ungrouped: the CMS's numbers are articles' numbers, lines, columns and counts of files; one
	// formatter for all of them (wording.ts writes plural counts with it too).
	const numbers = numberFormat(data.uiIntl, { useGrouping: false });
	return {
		string: (key, vars = {}) => {
			const message = data.strings[key];
			return message?.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
		},
		formatInstant: (date) => formatInstantFor(date, data.uiIntl, data.timeZone),
		formatDay: (date) => formatDayFor(date, data.uiIntl),
		formatNumber: (value) => numbers.format(value),
	};
}

/** Keys of a collection's entries that never reach the file: the file name, the template, the list's summary. */
export function transientKeysOf(collection: CmsCollection): string[] {
	return [...collection.fields.filter((field) => (transientWidgets as readonly string[]).includes(field.widget)).map((field) => field.name), ...listSummaryKeys];
}

/** The front matter of one language as the custom format writes it (no body, nothing transient, nothing empty). */
export function writtenData(collection: CmsCollection, data: Record<string, unknown>): Record<string, unknown> {
	const { body: _body, ...fields } = data;
	return cleanEntryData(fields, { transientKeys: transientKeysOf(collection) });
}

/** A Decap entry's languages that will be written, each with its data as plain objects. */
export function languagesToWrite(
	collection: CmsCollection,
	entry: { data: Record<string, unknown>; i18n?: Record<string, { data?: Record<string, unknown> }> },
	defaultLocale: string,
): Array<{ locale: string; data: Record<string, unknown> }> {
	const result = [{ locale: defaultLocale, data: writtenData(collection, entry.data) }];
	if (!collection.i18n) return result;
	for (const [locale, translation] of Object.entries(entry.i18n ?? {})) {
		if (locale === defaultLocale || !translation?.data) continue;
		const data = writtenData(collection, translation.data);
		// A translation without a title is not written (formats.ts), so it cannot fail the build.
		if (data[collection.identifier_field]) result.push({ locale, data });
	}
	return result;
}

/** Every problem of every language to be written, each message naming the language when there are several. */
export function entryProblems(
	collection: CmsCollection,
	entry: Parameters<typeof languagesToWrite>[1],
	admin: Pick<CmsAdminData, 'strings' | 'uiIntl' | 'timeZone' | 'defaultLocale'>,
): Array<EntryIssue & { locale: string }> {
	const messages = issueMessages(admin);
	const languages = languagesToWrite(collection, entry, admin.defaultLocale);
	return languages.flatMap(({ locale, data }) =>
		entryIssues(collection.name, data, messages).map((issue) => ({
			...issue,
			locale,
			message: languages.length > 1 ? `${issue.message} ${messages.string('save.inLanguage', { language: admin.strings[`language.${locale}`] ?? locale }) ?? ''}` : issue.message,
		})),
	);
}
