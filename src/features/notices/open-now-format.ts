import { t } from '../../core/i18n';
import { siteConfig, type Locale } from '../../site.config';
import type { ClockFormat, OpenNowMessages } from './open-now';

/**
 * The build-side inputs of `open-now.ts` for a locale: its calendar and digits in the site
 * zone, and its UI templates. They are embedded in the page as JSON so the browser formats
 * exactly as the build did (the browser cannot read the build's environment variables).
 */

/** Date and digit settings of a locale, in the site time zone. */
export function clockFormat(locale: Locale): ClockFormat {
	const { bcp47, calendar, numberingSystem } = siteConfig.locales[locale];
	return { bcp47, calendar, numberingSystem, timeZone: siteConfig.timeZone };
}

/** The "open now / closed — opens …" templates of a locale. */
export function openNowMessages(locale: Locale): OpenNowMessages {
	const keys = ['openUntil', 'openUntilDay', 'openAlways', 'opensToday', 'opensTomorrow', 'opensDay', 'closed', 'closedToday'] as const;
	return Object.fromEntries(keys.map((key) => [key, t(locale, `contact.${key}`)])) as unknown as OpenNowMessages;
}
