/**
 * The one check for "a path on this site" wherever an href or redirect target is built from
 * data (brand links, banner items, redirects, server configs).
 *
 * Browsers strip ASCII tab and newline from URLs and read a backslash as a slash, so
 * `/\t/evil.example` and `/\evil.example` both become `//evil.example`, a protocol-relative
 * link to another site. An allow-list rule is easier to trust than a list of tricks: a path
 * starts with one `/`, the next character is not `/` or `\`, and nothing in it is ASCII
 * whitespace, a control character or a backslash.
 *
 * The function uses nothing outside itself: the banner's inline script receives it
 * serialised with `toString()` (src/features/notices/notice-guard.ts).
 */
export function isInternalHref(href: string): boolean {
	// No `.` or `..` path segment either: `/..//evil.example` resolves to the path `//evil.example`,
	// which anything that reuses a resolved path as a link would send to another site.
	return typeof href === 'string' && /^\/(?![/\\])[^\u0000-\u0020\u007f\\]*$/.test(href) && !/\/\.{1,2}(?:[/?#]|$)/.test(href);
}
