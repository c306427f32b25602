import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../core/json-output';
import { apiInput, loadStatusContent } from '../../../features/status/status-content';
import { statuspageEndpoints, type StatuspageEndpointName } from '../../../features/status/statuspage-api';
import { dependsOnEverything, withCacheKeys } from '../../../features/site/page-keys';

/**
 * `/api/v2/<endpoint>.json`: the Statuspage v2-compatible read API, one file per entry of
 * `statuspageEndpoints`, each built from the same snapshot as the status page.
 */
export const getStaticPaths = (() =>
	withCacheKeys(
		(Object.keys(statuspageEndpoints) as StatuspageEndpointName[]).map((endpoint) => ({ params: { endpoint }, props: { endpoint } })),
		dependsOnEverything,
	)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { endpoint } = props as { endpoint: StatuspageEndpointName };
	return jsonResponse(statuspageEndpoints[endpoint](apiInput(await loadStatusContent())));
};
