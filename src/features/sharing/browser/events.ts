/**
 * Raises the help centre's events (see src/core/analytics.ts): always as a DOM
 * `CustomEvent` named `bayan:<name>` on `document`, with the properties in `detail`;
 * and, only when the site owner configured analytics (the `data-bayan-analytics`
 * attribute the build writes on every search form: each page has one), to their own Plausible or Umami.
 */
import { analyticsRequest, DOM_EVENT_PREFIX, type AnalyticsConfig, type EventName, type EventProps } from '../../../core/analytics';

let config: AnalyticsConfig | null | undefined;

function analyticsConfig(): AnalyticsConfig | null {
	if (config === undefined) {
		const raw = document.querySelector<HTMLElement>('[data-bayan-analytics]')?.dataset.bayanAnalytics;
		try {
			config = raw ? (JSON.parse(raw) as AnalyticsConfig) : null;
		} catch {
			config = null;
		}
	}
	return config;
}

/** Dispatches `bayan:<name>` on `document` and, if configured, records it in the owner's analytics. */
export function emit(name: EventName, props: EventProps): void {
	document.dispatchEvent(new CustomEvent(DOM_EVENT_PREFIX + name, { detail: { ...props } }));
	const settings = analyticsConfig();
	if (!settings) return;
	const request = analyticsRequest(settings, name, props, { url: location.href, language: document.documentElement.lang });
	const body = new Blob([request.body], { type: request.contentType });
	// A beacon survives the navigation a result click starts; fetch keepalive where JSON is needed.
	if (request.contentType === 'text/plain' && navigator.sendBeacon?.(request.url, body)) return;
	fetch(request.url, { method: 'POST', body: request.body, headers: { 'Content-Type': request.contentType }, keepalive: true, credentials: 'omit' }).catch(() => {
		// Analytics must never disturb the reader.
	});
}
