import { parseFragment } from 'parse5';
import { isElement } from '../../core/html.ts';
import { metaPolicyElement, withMetaPolicy } from './deploy';
import { inlineScripts, isInlineExecutable } from './security-headers';

/**
 * Reading the inline scripts of every built page without parsing every page.
 *
 * The header scan used to parse each page twice with parse5 (its scripts, then where its
 * `<meta>` policy goes): about 5 ms a page, 26-35 s of every build at 1,000 articles per
 * locale, for pages whose inline scripts come from a handful of our components. Here a page
 * is first read with a quick byte scan, and only a page the scan cannot vouch for goes
 * through the full parse (`inlineScripts`, `withMetaPolicy`), exactly as before.
 *
 * What the quick scan takes, and why it finds what the parser finds:
 * - the page must open with `<!DOCTYPE html><html …><head><meta charset="utf-8">` (plain
 *   attributes only), so the charset declaration the policy follows is the first element of
 *   `<head>` and its end is where `withMetaPolicy` would insert; a page that mentions
 *   `Content-Security-Policy`, or has an `http-equiv` other than `="refresh"`, is left to
 *   the parser, which refuses a page that already has a policy;
 * - every script element in the source starts with `<script` followed by whitespace, `/` or
 *   `>` (the tokenizer needs exactly that), so every occurrence is a candidate; its start tag
 *   must be plain (names and double-quoted values without quotes, `<`, `>`, `=` or backtick,
 *   so the first `>` ends it, as it does for the tokenizer), and whether a script with that
 *   tag runs is decided by parse5 itself, once per distinct tag (`isInlineExecutable`);
 * - a candidate's text ends at the first `</script` followed by whitespace, `/` or `>`, as in
 *   the tokenizer's script-data state, provided the text holds no `<!--` (escaped states),
 *   no `<script`, no CR (the parser normalises newlines) and no NUL; any of these sends the
 *   page to the parser;
 * - a candidate that would run is taken only if the full parse of an earlier page found that
 *   very text running there, AND the text holds a `&` or a `"`. Astro escapes both in every
 *   attribute value and text it writes, and the body sanitiser drops comments, so text that
 *   content put in an attribute, a title or `<noscript>` can never be byte for byte such a
 *   script: a look-alike is never hashed into a page's own `<meta>` policy, whatever order
 *   pages are read in. A page whose script has neither character goes to the parser.
 * The site's few scripts are each parsed once; every other page costs a read and a write.
 */

/** A page's executable inline scripts, and the page with its own `<meta>` policy added. */
export interface PageScripts {
	/** Each inline script a browser would run, in document order, as the browser hashes it. */
	scripts: string[];
	/** The page's bytes with `<meta http-equiv="Content-Security-Policy" content="policy">` added. */
	withPolicy(policy: string): Buffer;
}

/**
 * A page as the header step finds it in the output: its scripts, and the policy this step
 * gave it in an earlier build when Astro's incremental build restored it with that policy
 * (see {@link PageScriptReader.readBuilt}).
 */
export interface BuiltPageScripts extends PageScripts {
	/** The policy of the `<meta>` this step wrote in an earlier build, or `undefined` for a page without one. */
	previousPolicy: string | undefined;
}

/**
 * The `<meta>` policy {@link metaPolicyElement} writes, right after the charset declaration
 * of a plain opening: a page restored from Astro's cache carries it. The value is plain (no
 * `&`, `"`, `<`), as every policy this step writes is; anything else is not ours.
 */
const OUR_META_POLICY = /^<meta http-equiv="Content-Security-Policy" content="([^"&<>]*)">/;

/** The opening of a page the quick scan accepts, up to the end of its charset declaration. */
const PLAIN_OPENING = /^<!DOCTYPE html>[\t\n\f\r ]*<html(?:[\t\n\f\r ]+[a-z][a-z0-9-]*(?:="[^"'<>=`]*")?)*[\t\n\f\r ]*>[\t\n\f\r ]*<head>[\t\n\f\r ]*<meta charset="utf-8">/i;
/** A start tag the quick scan can classify: plain attributes, so its first `>` ends it. */
const PLAIN_SCRIPT_TAG = /^<script(?:[\t\n\f\r ]+[a-z][a-z0-9-]*(?:="[^"'<>=`]*")?)*[\t\n\f\r ]*>$/i;
/** Characters Astro always escapes in the attribute values and text it writes (see the module comment). */
const CONTENT_CANNOT_WRITE = /[&"]/;
/** Where a script element may start. */
const SCRIPT_START = /<script(?=[\t\n\f\r />])/gi;
/** Where a script's text ends. */
const SCRIPT_END = /<\/script(?=[\t\n\f\r />])/gi;
/** Script text whose end the quick scan cannot vouch for, or which the parser would change. */
const UNSURE_TEXT = /<!--|<script|[\r\0]/i;
/**
 * Text that may be, or may name, an existing `<meta>` policy: the policy's name anywhere, or
 * an `http-equiv` that is not the plain refresh of the redirect pages (a character
 * reference could spell the policy's name there).
 */
const POLICY_WORDS = /content-security-policy|http-equiv(?!="refresh")/i;

/**
 * Reads the built pages of one build in turn. It remembers the scripts the full parse
 * found running, so keep one reader per build and read every page through it.
 */
export class PageScriptReader {
	/** Plain start tags seen, and whether a script with that tag runs. */
	readonly #tags = new Map<string, boolean>();
	/** Script texts the full parse found running on a page of this build. */
	readonly #running = new Set<string>();
	/** Pages read with the full parser (for the build log). */
	parsed = 0;
	/** Pages read with the quick scan. */
	scanned = 0;

	/** The inline scripts of one page (its bytes as built). Throws as `inlineScripts` does. */
	read(page: Buffer): PageScripts {
		const quick = this.#scan(page);
		if (quick) {
			this.scanned += 1;
			return quick;
		}
		this.parsed += 1;
		const source = page.toString('utf8');
		const scripts = inlineScripts(source);
		for (const script of scripts) this.#running.add(script);
		return { scripts, withPolicy: (policy) => Buffer.from(withMetaPolicy(source, policy), 'utf8') };
	}

	/**
	 * A built page that may carry the `<meta>` policy this step wrote in an earlier build:
	 * the header step now also writes its pages into Astro's incremental cache, so a page
	 * restored unchanged comes back with its policy (src/features/site/security-headers-integration.ts).
	 * That element, exactly as {@link metaPolicyElement} writes it and exactly where it puts
	 * it (the end of a plain opening, where no content reaches), is set aside; the rest of
	 * the page is read as {@link read} reads any page, so its scripts are found afresh and
	 * `withPolicy` writes the page with that one element replaced. Any other policy in the
	 * page still sends it to the parser, which refuses it.
	 */
	readBuilt(page: Buffer): BuiltPageScripts {
		const text = page.toString('latin1');
		const opening = PLAIN_OPENING.exec(text);
		if (opening) {
			const at = opening[0].length;
			const ours = OUR_META_POLICY.exec(text.slice(at));
			if (ours) {
				const bare = Buffer.concat([page.subarray(0, at), page.subarray(at + ours[0].length)]);
				// The caller may keep such a page as it is, never calling `withPolicy` (whose parser
				// refuses a second policy): a page whose rest may hold one is refused here, by the parser.
				if (POLICY_WORDS.test(text.slice(at + ours[0].length))) withMetaPolicy(bare.toString('utf8'), '');
				return { ...this.read(bare), previousPolicy: ours[1] };
			}
		}
		return { ...this.read(page), previousPolicy: undefined };
	}

	/** The quick scan (see the module comment), or `undefined` when the page needs the parser. */
	#scan(page: Buffer): PageScripts | undefined {
		// Latin-1 keeps one character per byte: offsets below are byte offsets.
		const text = page.toString('latin1');
		const opening = PLAIN_OPENING.exec(text);
		if (!opening || POLICY_WORDS.test(text)) return undefined;
		const scripts: string[] = [];
		SCRIPT_START.lastIndex = 0;
		for (let start = SCRIPT_START.exec(text); start; start = SCRIPT_START.exec(text)) {
			const tagEnd = text.indexOf('>', start.index);
			if (tagEnd < 0) return undefined;
			const runs = this.#runs(text.slice(start.index, tagEnd + 1));
			if (runs === undefined) return undefined;
			SCRIPT_END.lastIndex = tagEnd + 1;
			const end = SCRIPT_END.exec(text);
			if (!end || UNSURE_TEXT.test(text.slice(tagEnd + 1, end.index))) return undefined;
			if (runs) {
				const script = page.toString('utf8', tagEnd + 1, end.index);
				if (!this.#running.has(script) || !CONTENT_CANNOT_WRITE.test(script)) return undefined;
				scripts.push(script);
			}
			SCRIPT_START.lastIndex = end.index + '</script'.length;
		}
		const at = opening[0].length;
		return { scripts, withPolicy: (policy) => Buffer.concat([page.subarray(0, at), Buffer.from(metaPolicyElement(policy), 'utf8'), page.subarray(at)]) };
	}

	/** Would a script with this start tag run? `undefined` when the tag is not plain. */
	#runs(tag: string): boolean | undefined {
		const known = this.#tags.get(tag);
		if (known !== undefined) return known;
		if (!PLAIN_SCRIPT_TAG.test(tag)) return undefined;
		const [element] = parseFragment(`${tag}</script>`).childNodes;
		if (!element || !isElement(element)) return undefined;
		const runs = isInlineExecutable(element);
		this.#tags.set(tag, runs);
		return runs;
	}
}
