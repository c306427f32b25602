import type { APIRoute } from 'astro';
import { apiInput, loadStatusContent } from '../../../../features/status/status-content';
import { activeMaintenancesJson } from '../../../../features/status/statuspage-api';
import { jsonResponse } from '../../../../core/json-output';

/** `/api/v2/scheduled-maintenances/active.json`: Statuspage v2-compatible, built from the same snapshot as the status page. */
export const GET: APIRoute = async () => {
	const body = activeMaintenancesJson(apiInput(await loadStatusContent()));
	return jsonResponse(body);
};
