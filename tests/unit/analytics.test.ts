import { describe, expect, it } from 'vitest';
import { analyticsFromEnv, analyticsRequest, EVENT_NAMES } from '../../src/core/analytics';

describe('analyticsFromEnv', () => {
	it('is off unless configured', () => {
		expect(analyticsFromEnv({})).toBeUndefined();
	});
	it('reads a complete setting', () => {
		expect(analyticsFromEnv({ BAYAN_ANALYTICS_PROVIDER: 'plausible', BAYAN_ANALYTICS_ENDPOINT: 'https://stats.example.com/', BAYAN_ANALYTICS_SITE_ID: 'help.example.com' })).toEqual({
			provider: 'plausible',
			endpoint: 'https://stats.example.com',
			siteId: 'help.example.com',
		});
	});
	it('refuses a partial or wrong setting, naming the variable', () => {
		expect(() => analyticsFromEnv({ BAYAN_ANALYTICS_PROVIDER: 'google' })).toThrow(/BAYAN_ANALYTICS_PROVIDER/);
		expect(() => analyticsFromEnv({ BAYAN_ANALYTICS_PROVIDER: 'umami', BAYAN_ANALYTICS_ENDPOINT: 'not a url', BAYAN_ANALYTICS_SITE_ID: 'x' })).toThrow(/BAYAN_ANALYTICS_ENDPOINT/);
		expect(() => analyticsFromEnv({ BAYAN_ANALYTICS_PROVIDER: 'umami', BAYAN_ANALYTICS_ENDPOINT: 'http://stats.example.com', BAYAN_ANALYTICS_SITE_ID: 'x' })).toThrow(/https/);
		expect(() => analyticsFromEnv({ BAYAN_ANALYTICS_PROVIDER: 'umami', BAYAN_ANALYTICS_ENDPOINT: 'https://stats.example.com' })).toThrow(/BAYAN_ANALYTICS_SITE_ID/);
	});
});

describe('analyticsRequest', () => {
	const page = { url: 'https://help.example.com/fa/search/?q=secret#x', language: 'fa' };
	it('builds a Plausible event without the page query string', () => {
		const request = analyticsRequest({ provider: 'plausible', endpoint: 'https://stats.example.com', siteId: 'help.example.com' }, 'search_no_results', { query: 'کیف پول', results: 0 }, page);
		expect(request.url).toBe('https://stats.example.com/api/event');
		expect(JSON.parse(request.body)).toEqual({ name: 'search_no_results', url: 'https://help.example.com/fa/search/', domain: 'help.example.com', props: { query: 'کیف پول', results: 0 } });
	});
	it('builds an Umami event', () => {
		const request = analyticsRequest({ provider: 'umami', endpoint: 'https://umami.example.com', siteId: 'abc' }, 'article_feedback', { helpful: false }, page);
		expect(request.url).toBe('https://umami.example.com/api/send');
		expect(request.contentType).toBe('application/json');
		expect(JSON.parse(request.body)).toEqual({
			type: 'event',
			payload: { website: 'abc', url: '/fa/search/', hostname: 'help.example.com', language: 'fa', name: 'article_feedback', data: { helpful: false } },
		});
	});
	it('names exactly the five events of the issue', () => {
		expect([...EVENT_NAMES].sort()).toEqual(['article_feedback', 'contact_revealed', 'result_click', 'search', 'search_no_results']);
	});
});
