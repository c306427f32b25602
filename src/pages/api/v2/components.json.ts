import type { APIRoute } from 'astro';
import { apiInput, loadStatusContent } from '../../../features/status/status-content';
import { componentsJson } from '../../../features/status/statuspage-api';
import { jsonResponse } from '../../../core/json-output';

/** `/api/v2/components.json`: Statuspage v2-compatible, built from the same snapshot as the status page. */
export const GET: APIRoute = async () => {
	const body = componentsJson(apiInput(await loadStatusContent()));
	return jsonResponse(body);
};
