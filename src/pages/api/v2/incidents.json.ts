import type { APIRoute } from 'astro';
import { apiInput, loadStatusContent } from '../../../features/status/status-content';
import { incidentsJson } from '../../../features/status/statuspage-api';
import { jsonResponse } from '../../../core/json-output';

/** `/api/v2/incidents.json`: Statuspage v2-compatible, built from the same snapshot as the status page. */
export const GET: APIRoute = async () => {
	const body = incidentsJson(apiInput(await loadStatusContent()));
	return jsonResponse(body);
};
