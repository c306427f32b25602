import type { APIRoute } from 'astro';
import { apiInput, loadStatusContent } from '../../../../lib/status-content';
import { upcomingMaintenancesJson } from '../../../../lib/statuspage-api';

/** `/api/v2/scheduled-maintenances/upcoming.json`: Statuspage v2-compatible, built from the same snapshot as the status page. */
export const GET: APIRoute = async () => {
	const body = upcomingMaintenancesJson(apiInput(await loadStatusContent()));
	return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
