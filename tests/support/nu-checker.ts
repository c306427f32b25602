import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `vnu-jar` (a devDependency) keeps the Nu Html Checker. */
export const nuCheckerJar = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * Runs the Nu Html Checker (the W3C validator, needs Java) on every HTML file under `dir`
 * and returns its error lines, at most `limit` of them; an empty list means valid HTML.
 */
export function nuCheckerErrors(dir: string, limit = 40): string[] {
	if (!existsSync(nuCheckerJar)) throw new Error(`The Nu Html Checker is not installed at ${nuCheckerJar} (npm install)`);
	let output = '';
	try {
		// C1 only (-XX:TieredStopAtLevel=1) and the serial collector: a batch run this short spends
		// much of its CPU compiling; this about halves it (16.5 s to 7.9 s of user time over the demo,
		// same errors found). C1's larger frames need more stack than the checker's 512 KB minimum; too
		// little and it prints a StackOverflowError and exits 1, which reads as an error line here.
		execFileSync('java', ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', nuCheckerJar, '--errors-only', '--skip-non-html', '--format', 'text', dir], {
			encoding: 'utf8',
			stdio: 'pipe',
		});
	} catch (error) {
		const failure = error as { stdout?: string; stderr?: string; code?: string };
		if (failure.code === 'ENOENT') throw new Error('The Nu Html Checker needs Java (`apt-get install default-jre-headless`)', { cause: error });
		output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
	}
	return output
		.split('\n')
		.filter((line) => line.trim())
		.slice(0, limit);
}
