/**
 * Listening without tracking. The help centre raises a few events (what was searched,
 * what was not found, what helped) as DOM events on `document`, and only when the site
 * owner configures it sends them to the owner's own self-hosted Plausible or Umami. No
 * cookies, no identifiers, nothing by default. Browser-safe except
 * {@link analyticsFromEnv}, which only reads a plain object.
 */

/** The events the site raises; each is dispatched on `document` as `bayan:<name>`. */
export const EVENT_NAMES = ['search', 'search_no_results', 'result_click', 'contact_revealed', 'article_feedback'] as const;

/** One of {@link EVENT_NAMES}. */
export type EventName = (typeof EVENT_NAMES)[number];

/** Event details: flat string/number/boolean properties only (what Plausible and Umami accept). */
export type EventProps = Record<string, string | number | boolean>;

/** Prefix of the DOM event type: `bayan:search`, `bayan:result_click` … */
export const DOM_EVENT_PREFIX = 'bayan:';

/** A site owner's self-hosted analytics. */
export interface AnalyticsConfig {
	provider: 'plausible' | 'umami';
	/** Origin (or base URL) of the owner's Plausible or Umami, e.g. https://stats.example.com */
	endpoint: string;
	/** Plausible: the site's domain; Umami: the website id. */
	siteId: string;
}

/**
 * Reads the analytics setting from environment variables: `BAYAN_ANALYTICS_PROVIDER`
 * (`plausible` | `umami`), `BAYAN_ANALYTICS_ENDPOINT` (https URL) and
 * `BAYAN_ANALYTICS_SITE_ID`. All unset: analytics off. Partly set or invalid: throws,
 * naming the variable, so a typo never silently turns listening off (or on).
 */
export function analyticsFromEnv(env: Record<string, string | undefined>): AnalyticsConfig | undefined {
	const provider = env.BAYAN_ANALYTICS_PROVIDER?.trim();
	const endpoint = env.BAYAN_ANALYTICS_ENDPOINT?.trim();
	const siteId = env.BAYAN_ANALYTICS_SITE_ID?.trim();
	if (!provider && !endpoint && !siteId) return undefined;
	if (provider !== 'plausible' && provider !== 'umami') {
		throw new Error(`BAYAN_ANALYTICS_PROVIDER is "${provider ?? ''}"; expected "plausible" or "umami" (or leave all BAYAN_ANALYTICS_* unset).`);
	}
	let url: URL;
	try {
		url = new URL(endpoint ?? '');
	} catch (cause) {
		throw new Error(`BAYAN_ANALYTICS_ENDPOINT is "${endpoint ?? ''}"; expected the URL of your ${provider}, e.g. https://stats.example.com`, { cause });
	}
	if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
		throw new Error(`BAYAN_ANALYTICS_ENDPOINT must use https (got ${url.protocol})`);
	}
	if (!siteId) throw new Error(`BAYAN_ANALYTICS_SITE_ID is required with BAYAN_ANALYTICS_PROVIDER=${provider} (${provider === 'plausible' ? 'the site domain' : 'the website id'}).`);
	return { provider, endpoint: url.toString().replace(/\/+$/, ''), siteId };
}

/** What to send for one event: where, and the body. */
export interface AnalyticsRequest {
	url: string;
	body: string;
	contentType: string;
}

/**
 * The request that records `name` with `props` in the owner's analytics. The page URL is
 * sent without its query string (search terms travel only as the event's own `query`
 * property), and nothing identifies the visitor.
 */
export function analyticsRequest(config: AnalyticsConfig, name: EventName, props: EventProps, page: { url: string; language: string }): AnalyticsRequest {
	const pageUrl = page.url.split(/[?#]/)[0]!;
	if (config.provider === 'plausible') {
		return {
			url: `${config.endpoint}/api/event`,
			// text/plain keeps the beacon a "simple" request (no CORS preflight); Plausible reads it as JSON.
			contentType: 'text/plain',
			body: JSON.stringify({ name, url: pageUrl, domain: config.siteId, props }),
		};
	}
	return {
		url: `${config.endpoint}/api/send`,
		contentType: 'application/json',
		body: JSON.stringify({
			type: 'event',
			payload: { website: config.siteId, url: new URL(pageUrl).pathname, hostname: new URL(pageUrl).hostname, language: page.language, name, data: props },
		}),
	};
}
