#!/usr/bin/env node
/**
 * `node scripts/deploy-decision.mjs`: run by the scheduled workflow before anything is
 * installed. Reads the live site's `/build-state.json` (BAYAN_SITE_URL), compares it with
 * this commit (GITHUB_SHA) and the clock, and writes `deploy=true|false` to GITHUB_OUTPUT and
 * the reason to the run's summary.
 */
import { appendFileSync } from 'node:fs';
import { deployDecision } from './lib/deploy-decision.mjs';

const event = process.env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
const head = process.env.GITHUB_SHA ?? '';
const site = process.env.BAYAN_SITE_URL;
let state;
if (site && event === 'schedule') {
	try {
		const response = await fetch(new URL('/build-state.json', site), { headers: { 'Cache-Control': 'no-cache' }, signal: AbortSignal.timeout(15_000) });
		if (response.ok) state = await response.json();
	} catch (error) {
		console.log(`Could not read ${site}/build-state.json: ${error instanceof Error ? error.message : error}`);
	}
}
const { deploy, reason } = deployDecision({ event, head, now: new Date(), state });
console.log(`${deploy ? 'Deploying' : 'Skipping the deploy'}: ${reason}`);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `deploy=${deploy}\n`);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${deploy ? '**Deploying**' : '**No deploy needed**'}: ${reason}.\n`);
