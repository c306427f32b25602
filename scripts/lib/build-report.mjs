/**
 * Turns a failed build's log into what an editor can act on: the file, where in it, and what
 * is wrong, in plain words. Pure, so it is tested in process (tests/unit/build-report.test.ts);
 * scripts/build-report.mjs writes the result where editors look on GitHub (the run's summary,
 * an annotation on the file, a failing commit status on the change).
 */

/** Colour codes Astro and npm print. */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * A problem line: `src/content/…` or `src/brand.config.ts`, optionally `(line 3, column 2,
 * field "end")`, then `: message`. Written by ContentError, the integrity checks (`  - file: …`)
 * and the brand check (`  - key: …` under `src/brand.config.ts is not a usable brand:`).
 */
const PROBLEM = /(?:^|\s)((?:src\/content|public\/media)\/[^\s:()]+)(?: \(([^)]*)\))?: (.+)$/;
const BRAND_HEAD = /(src\/brand\.config\.ts) is not a usable brand:/;

/**
 * @typedef {{ file: string, line?: number, column?: number, field?: string, message: string }} BuildProblem
 */

/**
 * The content problems a build log reports, each once, in the order they were printed.
 * @param {string} log
 * @returns {BuildProblem[]}
 */
export function extractBuildProblems(log) {
	/** @type {BuildProblem[]} */
	const problems = [];
	const seen = new Set();
	const add = (problem) => {
		const key = `${problem.file}|${problem.line ?? ''}|${problem.field ?? ''}|${problem.message}`;
		if (seen.has(key)) return;
		seen.add(key);
		problems.push(problem);
	};
	let inBrand = false;
	for (const raw of log.replace(ANSI, '').split(/\r?\n/)) {
		const line = raw.replace(/^\s*(?:\[[^\]]*\]\s*)*(?:error\s+)?/i, ' ').trimEnd();
		if (BRAND_HEAD.test(line)) {
			inBrand = true;
			continue;
		}
		if (inBrand) {
			const item = /^\s*-\s+([\w.]+)(?: \([^)]*\))?: (.+)$/.exec(line);
			if (item) {
				add({ file: 'src/brand.config.ts', field: item[1], message: item[2].trim() });
				continue;
			}
			inBrand = false;
		}
		const match = PROBLEM.exec(line);
		if (!match) continue;
		const [, file, place = '', message] = match;
		const lineNumber = /line (\d+)/.exec(place)?.[1];
		const column = /column (\d+)/.exec(place)?.[1];
		const field = /field "([^"]+)"/.exec(place)?.[1];
		add({ file, ...(lineNumber ? { line: Number(lineNumber) } : {}), ...(column ? { column: Number(column) } : {}), ...(field ? { field } : {}), message: message.trim() });
	}
	return problems;
}

/**
 * A Markdown table cell from untrusted text (file names and messages come from content an
 * editor wrote). Everything Markdown or HTML could read as syntax is written as a numeric
 * character reference, which GitHub's renderer shows as the character itself: `|` (the
 * row splits on it before inline parsing, so not even a code span protects it), backticks,
 * `<`/`>`/`&` (HTML), `[`/`]`/`(`/`)` (links), `!`, `*`, `_`, `~`, `#`, `\\`, `@` (mentions),
 * `:` and `.` (bare `https://…` and `www.…` would become links).
 * Line breaks and control characters become spaces: a cell is one line.
 * @param {unknown} text
 */
const cell = (text) =>
	String(text)
		.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
		.replace(/[|`<>&[\]()!*_~#\\@"':.]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A cell shown as code: `<code>` (HTML, since a Markdown code span could be ended by a backtick) around escaped text. */
const codeCell = (text) => `<code>${cell(text)}</code>`;

/**
 * The run summary, in plain words, for an editor rather than a developer.
 * @param {BuildProblem[]} problems
 * @returns {string}
 */
export function summaryMarkdown(problems) {
	const lines = ['## The help centre was not updated', '', 'The live site still shows the last version that built. Nothing else is published until this is fixed.', ''];
	if (!problems.length) {
		lines.push('The build stopped for a reason that is not in a content file. Ask a developer to read the log of the "Build" step.');
		return `${lines.join('\n')}\n`;
	}
	lines.push(
		`Fix ${problems.length === 1 ? 'this' : `these ${problems.length}`} in the CMS (or in the file), save, and the site is published again:`,
		'',
		'| File | Where | What is wrong |',
		'| --- | --- | --- |',
		...problems.map((problem) => {
			const where = [problem.field ? `field ${codeCell(problem.field)}` : '', problem.line ? `line ${Number(problem.line)}` : ''].filter(Boolean).join(', ') || '—';
			return `| ${codeCell(problem.file)} | ${where} | ${cell(problem.message)} |`;
		}),
	);
	return `${lines.join('\n')}\n`;
}

/**
 * GitHub workflow commands that annotate each file (shown on the commit and in pull requests).
 * @param {BuildProblem[]} problems
 * @returns {string[]}
 */
export function annotations(problems) {
	// Workflow-command values escape %, CR and LF; properties also escape ":" and ",".
	const data = (text) => String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const property = (text) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return problems.map(
		(problem) =>
			`::error file=${property(problem.file)}${problem.line ? `,line=${problem.line}` : ''},title=${property(problem.field ? `Content error in ${problem.field}` : 'Content error')}::${data(problem.message)}`,
	);
}

/**
 * The commit status for the change (at most 140 characters of description, GitHub's limit).
 * @param {BuildProblem[]} problems
 */
export function commitStatus(problems) {
	const first = problems[0];
	const text = first
		? `${first.file}${first.field ? ` (${first.field})` : ''}: ${first.message}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`
		: 'The build failed outside the content; see the run.';
	// Shown as plain text by GitHub; still one line, with no control characters, so it reads as written.
	const plain = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
	return { state: 'failure', context: 'Help centre: publish', description: plain.length > 140 ? `${plain.slice(0, 139)}…` : plain };
}
