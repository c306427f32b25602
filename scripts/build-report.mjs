#!/usr/bin/env node
/**
 * `node scripts/build-report.mjs build.log`: after a failed build in GitHub Actions, says
 * which file and field stopped it where editors look: the run's summary (plain words), an
 * error annotation on the file, and a failing commit status "Help centre: publish" on the
 * change (needs `statuses: write`). Outside Actions it prints the summary.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { annotations, commitStatus, extractBuildProblems, summaryMarkdown } from './lib/build-report.mjs';

const file = process.argv[2];
if (!file) {
	console.error('usage: node scripts/build-report.mjs <build log>');
	process.exit(2);
}
const problems = extractBuildProblems(readFileSync(file, 'utf8'));
const summary = summaryMarkdown(problems);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
else console.log(summary);
for (const line of annotations(problems)) console.log(line);

const { GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_API_URL } = process.env;
if (GITHUB_TOKEN && GITHUB_REPOSITORY && GITHUB_SHA) {
	const status = { ...commitStatus(problems), ...(GITHUB_SERVER_URL && GITHUB_RUN_ID ? { target_url: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` } : {}) };
	const response = await fetch(`${GITHUB_API_URL ?? 'https://api.github.com'}/repos/${GITHUB_REPOSITORY}/statuses/${GITHUB_SHA}`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${GITHUB_TOKEN}`, Accept: 'application/vnd.github+json', 'Content-Type': 'application/json' },
		body: JSON.stringify(status),
	});
	if (!response.ok) console.log(`Could not set the commit status: HTTP ${response.status}`);
}
