/**
 * The one rule for the site's origin (brand `origin` and `BAYAN_SITE_URL`): it ends up in
 * canonical links, feeds, sitemaps, Open Graph cards and the CMS, so only a plain web origin
 * is accepted. https, or http for this machine (local previews and tests); no credentials,
 * no path, query or fragment; nothing a browser would strip or read differently.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL holds a space, a control character or a backslash, which browsers strip or read as `/`. */
export function hasUnsafeUrlCharacter(value: string): boolean {
	return /[\u0000-\u0020\u007f\\]/.test(value);
}

/** Why `value` is not a usable site origin, in words for the owner; `undefined` when it is. */
export function originProblem(value: string): string | undefined {
	if (hasUnsafeUrlCharacter(value)) return 'must not contain spaces, control characters or backslashes';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return 'is not an absolute URL, e.g. https://help.example.com';
	}
	const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return 'must start with https:// (http:// only for localhost)';
	if (url.username || url.password) return 'must not contain a user name or password';
	// A trailing dot names the same host by another string: canonical links, cookies and CSP would disagree.
	if (url.hostname.endsWith('.')) return 'must not end its host name with a dot';
	// Port 0 is not a port a browser can connect to; `new URL` accepts it.
	if (url.port === '0') return 'has port 0, which no browser can connect to';
	if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value))
		return 'has a path, query or fragment; Bayan must be served from the root of its host (use a subdomain such as https://help.example.com)';
	return undefined;
}
