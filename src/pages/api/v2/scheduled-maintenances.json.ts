import type { APIRoute } from 'astro';
import { apiInput, loadStatusContent } from '../../../lib/status-content';
import { scheduledMaintenancesJson } from '../../../lib/statuspage-api';
import { jsonResponse } from '../../../lib/json-output';

/** `/api/v2/scheduled-maintenances.json`: Statuspage v2-compatible, built from the same snapshot as the status page. */
export const GET: APIRoute = async () => {
	const body = scheduledMaintenancesJson(apiInput(await loadStatusContent()));
	return jsonResponse(body);
};
