import { fillPlaceholders, pluralTemplate } from '../../../core/message-format';
import type { CmsAdminData } from '../cms-config';
import type { Say, Wording } from '../messages';
import { issueMessages } from './validation';

/**
 * How the admin's messages list names and write numbers (messages.ts, take-off.ts): the
 * interface language's list format, digits and plural forms, with `say` for plain strings.
 * Every number goes through the one `formatNumber` of the CMS's messages (validation.ts,
 * `issueMessages`): a count chosen by plural form is written as a line, a column or an
 * article's number is, not grouped one way here and another there.
 */
export function adminWording(data: CmsAdminData, say: Say): Wording {
	const { formatNumber } = issueMessages(data);
	return {
		say,
		list: (items) => new Intl.ListFormat(data.uiIntl.bcp47, { type: 'conjunction' }).format(items),
		number: formatNumber,
		sayCount: (key, count, vars = {}) => {
			const message = data.plurals[key];
			if (message === undefined) throw new Error(`Missing CMS string "${key}" in src/features/cms/strings/<locale>.json`);
			return fillPlaceholders(pluralTemplate(message, count, data.uiIntl.bcp47), { ...vars, count }, formatNumber);
		},
	};
}
