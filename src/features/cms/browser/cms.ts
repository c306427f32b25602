import DecapCmsApp from 'decap-cms-app';
import en from 'decap-cms-locales/dist/esm/en';
import fa from 'decap-cms-locales/dist/esm/fa';
import { arPhrases } from '../ar-locale';
import { correctedFaPhrases, type Phrases } from '../fa-locale';
import { entryProblems, issueMessages, languagesToWrite } from './validation';
import { articleClaimIssues, claimEntryOf, claimsKey, type PlainEntry, renumbering, sameClaims } from '../article-claims';
import { takeOffBlockers, takeOffRefusal, type TakeOffBlockers } from '../take-off';
import { isolate } from '../bidi';
import { includeOpenDraftsFrom } from './collection-entries';
import { asLookedUp, freshEntries, ListingCut, onSkippedDrafts, openDraftLookup, openDrafts, publishedEntries, UnreadFiles, usesWorkflow } from './workflow-entries';
import { cutListingMessage, skippedDraftMessage, strayPublishRefusal, unreadFilesMessage, type Wording } from '../messages';
import { fileSlug, type OpenDraft } from '../open-drafts';
import { CheckedUnpublishes } from '../unpublish-checks';
import { showAtFields, type FieldProblem } from './field-errors';
import { registerBayanWidgets } from './bayan-widgets';
import { adminWording } from './wording';
import { fillPlaceholders } from '../../../core/message-format';
import { imagesWithoutAlt } from '../cms-entry';
import type { CmsAdminData, CmsCollection } from '../cms-config';
import { registerEditorComponents } from './editor-components';
import { keepUntranslatedLanguagesUnwritten, registerFormats } from './formats';
import { registerPreviews } from './previews';
import { renumberDone, renumberWrites } from './renumber';
import { watchDirections } from './rtl';
import type { AdminContext, DecapCms, ImmutableLike } from './types';
import { registerWidgets } from './widgets';
import { registerQuietRelation } from './relation';
import { LookupFailure, lookupFailure, quietRefusedSaves, refusal } from './refusals';
import { store } from 'decap-cms-core/dist/esm/redux';
import { BodyChecker, bodyCheckLimits, reachedBody, uncheckedVerdict, type WorkerLike } from './body-check-client';

/**
 * The `/admin/` application: Decap CMS with Bayan's generated configuration (embedded in the
 * page as JSON by `src/pages/admin/index.astro`), formats, widgets, previews and
 * right-to-left support. Bundled into `/admin/cms/` by `src/features/cms/decap-integration.ts`.
 */

function readData(): CmsAdminData {
	const element = document.getElementById('bayan-cms-data');
	if (!element?.textContent) throw new Error('/admin/: the #bayan-cms-data configuration block is missing');
	return JSON.parse(element.textContent) as CmsAdminData;
}

function contextFrom(data: CmsAdminData): AdminContext {
	return {
		...data,
		s: (key, vars = {}) => {
			const message = data.strings[key];
			if (message === undefined) throw new Error(`Missing CMS string "${key}" in src/features/cms/strings/<locale>.json`);
			return fillPlaceholders(message, vars);
		},
	};
}

/**
 * Local editing: `npm run cms` serves decap-server (inside its guard) on DECAP_SERVER_PORT, baked into the config.
 * Tests and second checkouts can point one page at another port with `?decap_port=`, only on
 * localhost (Decap itself ignores `local_backend` anywhere else).
 */
function localBackend(config: CmsAdminData['config']): CmsAdminData['config'] {
	const port = new URLSearchParams(location.search).get('decap_port');
	const local = ['localhost', '127.0.0.1'].includes(location.hostname);
	if (!local || !port || !/^\d{2,5}$/.test(port)) return config;
	return { ...config, local_backend: { url: `http://localhost:${port}/api/v1` } };
}

// Decap's own declarations type the config strictly by backend name; Bayan's is generated and tested instead.
const CMS = DecapCmsApp as unknown as DecapCms;
const data = readData();
const context = contextFrom(data);
const ui = data.config.locale;

// Decap's Persian phrases, corrected (fa-locale.ts); Decap ships no Arabic, so Bayan's own table (ar-locale.ts);
// English as shipped. Each with clearer validation messages, in the interface language, and a pane label rtl.ts can find.
type DecapPhrases = { editor: { editorControlPane: { widget: Record<string, string>; i18n: Record<string, string> } } };
const decapTables: Record<string, () => Phrases> = {
	fa: () => correctedFaPhrases(fa as Phrases),
	ar: () => structuredClone(arPhrases),
	en: () => structuredClone(en as Phrases),
};
const phrases = (decapTables[ui] ?? decapTables.en!)() as unknown as DecapPhrases;
phrases.editor.editorControlPane.widget.required = context.s('decap.required');
phrases.editor.editorControlPane.widget.regexPattern = context.s('decap.regexPattern');
// A list's minimum (a synonym group's two terms) in the same plain words; Decap's Persian said «مورد(ها)».
phrases.editor.editorControlPane.widget.rangeMin = context.s('decap.rangeMin');
CMS.registerLocale(ui, phrases);

registerFormats(CMS, data.config.collections, context);
keepUntranslatedLanguagesUnwritten();
registerWidgets(CMS, context);
registerQuietRelation(CMS);
registerBayanWidgets(CMS, context);
registerEditorComponents(CMS, context);
registerPreviews(CMS, context);
// A new article's number (the bayan-ref widget) is the next one free among the published articles and the open drafts.
includeOpenDraftsFrom(openDrafts);
/** How messages list names and write numbers: the interface language's (messages.ts). */
const wording: Wording = adminWording(data, context.s);

/**
 * A read of the Git host for the rules (the other articles, the open drafts). When it fails
 * (network, sign-in expired, the host's limits), nothing is saved or published, and the editor
 * is told so in the interface's language with what to do, instead of Decap's English error.
 */
async function fromGitHost<T>(read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (cause) {
		console.warn('Bayan: the look-up of the other entries failed', cause);
		// Published files the host lists but Decap could not read: named, so someone can look at them.
		if (cause instanceof UnreadFiles) throw lookupFailure(unreadFilesMessage(cause.files, wording));
		// A folder the host listed only in part (GitHub past its limit, or a tree that changed between two pages): named.
		if (cause instanceof ListingCut) throw lookupFailure(cutListingMessage(cause.folder, wording));
		throw lookupFailure(context.s('lookup.failed'));
	}
}

// A draft changed outside the CMS (open-drafts.ts, `SkippedDraft`) does not refuse every save:
// it is left out of the look-up (or read without the files that are not its own), and the editor
// is told which draft, branch and files, so someone can fix or delete that branch. Left out, a
// clash with it is still refused by the build; its own publish is refused (prePublish below).
// Refused, one bad branch would stop every editor's every article save until someone fixed it with Git.
onSkippedDrafts((skipped) => {
	for (const report of skipped) {
		store.dispatch({ type: 'NOTIFICATION_SEND', payload: { message: skippedDraftMessage(report, wording), type: 'warning', dismissAfter: 20_000 } });
	}
});

/** The unpublish checks that passed, so the draft save that follows is not refused for a failed look-up. */
const checkedUnpublishes = new CheckedUnpublishes();
const entryKey = (entry: ImmutableLike): string => `${String(entry.get('collection'))}.${String(entry.get('slug'))}`;
const claimsOf = (entry: ImmutableLike): string => claimsKey(claimEntryOf(entry.toJS() as PlainEntry, String(entry.get('slug')), data.defaultLocale));

/**
 * The article's cross-file rules (related to itself, an alias that is a live slug or another
 * article's, a taken ref), the build's own (article-claims.ts), against the other articles
 * read afresh from the backend: the published ones and, with the editorial workflow, the
 * other open drafts (workflow-entries.ts), so two drafts cannot take the same ref or alias.
 */
async function articleProblems(collection: CmsCollection, plain: PlainEntry & { slug?: string }, drafts?: readonly OpenDraft[], lookupExcused = false): Promise<FieldProblem[]> {
	let open: readonly OpenDraft[];
	let others: Awaited<ReturnType<typeof freshEntries>>;
	try {
		open = drafts ?? (await fromGitHost(openDrafts));
		others = await fromGitHost(() => freshEntries('articles', open));
	} catch (error) {
		// The draft save of an unpublish whose check passed moments ago (unpublish-checks.ts): the
		// published files are already deleted, and refusing now would leave the article nowhere.
		if (lookupExcused && error instanceof LookupFailure) {
			console.warn('Bayan: the look-up failed during an unpublish; the check made before the deletion stands.');
			return [];
		}
		throw error;
	}
	// Articles that exist only as open drafts (no published file): not yet something to relate to.
	const draftEntries = new Set<unknown>(open);
	const published = new Set(others.filter((other) => !draftEntries.has(other)).map((other) => other.slug));
	const draftOnly = new Set(open.filter((draft) => draft.collection === 'articles' && !published.has(draft.slug)).map((draft) => draft.slug));
	// A new entry's file name is still a form field (the bayan-slug widget's); a saved one's is the entry's.
	const slugField = collection.fields.find((field) => field.widget === 'bayan-slug')?.name ?? 'slug';
	// A saved entry's by its file (open-drafts.ts, `fileSlug`): Decap's slug of one with no Persian file keeps its language folder.
	const slug = typeof plain.slug === 'string' && plain.slug ? fileSlug({ slug: plain.slug, path: plain.path }) : String(plain.data?.[slugField] ?? '');
	const mine = claimEntryOf(plain, slug, data.defaultLocale);
	const claims = others.map((other) => claimEntryOf(other, other.slug, data.defaultLocale));
	const messages = issueMessages(data);
	const isNew = Boolean((plain as { newRecord?: unknown }).newRecord);
	// The file name's problems go to the form's file-name field.
	const issues = articleClaimIssues(mine, claims, messages, data.defaultLocale, { isNew, draftOnly }).map((issue) =>
		issue.path.length === 1 && issue.path[0] === 'slug' ? { ...issue, path: [slugField] } : issue,
	);
	// A field Decap copies to every language (related) breaks the rule in each file alike: tell it once.
	const inDefault = new Set(issues.filter((issue) => issue.locale === data.defaultLocale).map((issue) => issue.message));
	return issues
		.filter((issue) => issue.locale === data.defaultLocale || !inDefault.has(issue.message))
		.map((issue) =>
			issue.locale === data.defaultLocale
				? issue
				: { ...issue, message: `${issue.message} ${messages.string('save.inLanguage', { language: data.strings[`language.${issue.locale}`] ?? issue.locale }) ?? ''}` },
		);
}

/**
 * The body check, in its own worker (body-check-client.ts says why), started on the first save
 * of a body: the worker is a file of the admin's bundle (decap-integration.ts), beside this one.
 */
const limits = bodyCheckLimits((globalThis as { bayanBodyCheckLimits?: unknown }).bayanBodyCheckLimits);
const bodyChecker = new BodyChecker(() => new Worker(new URL('./body-worker.js', import.meta.url), { type: 'module', name: 'bayan-body-check' }) as unknown as WorkerLike, limits);

/** A number of milliseconds as seconds, in the interface's digits (the CMS's one number formatter, `wording.number`). */
function secondsOf(ms: number): string {
	return wording.number(Math.round(ms / 100) / 10);
}

/**
 * The bodies of the languages that will be written, checked by the build's allow-list. Where
 * the check cannot run, or does not finish in time, the editor is told that the build will
 * check the body (a notification: the save goes on, and the build, which never publishes a
 * refused body, stays the gate).
 */
async function bodyProblems(bodies: ReadonlyArray<[string, unknown]>, written: ReadonlySet<string>, skip: ReadonlySet<string>, publishing: boolean): Promise<FieldProblem[]> {
	const toCheck = bodies.filter((pair): pair is [string, string] => written.has(pair[0]) && !skip.has(pair[0]) && typeof pair[1] === 'string' && pair[1].trim() !== '');
	if (!toCheck.length) return [];
	const outcome = await bodyChecker.check(toCheck, { strings: data.strings, uiIntl: data.uiIntl, timeZone: data.timeZone }, context.s('field.body'));
	// A draft may keep a body no check could finish, but it is not published (body-check-client.ts,
	// `uncheckedVerdict`, says why); the notice names the limit that was actually reached.
	const inLanguage = (locale: string) => (written.size > 1 ? ` ${context.s('save.inLanguage', { language: data.strings[`language.${locale}`] ?? locale })}` : '');
	const refused = (outcome.refusals ?? []).map(({ locale, message }): FieldProblem => ({ path: ['body'], locale, message: `${message}${inLanguage(locale)}` }));
	if (outcome.kind === 'unchecked') {
		// Every body not checked, each named by its language (each has its own limit); a failure
		// while loading is no body's doing, and is told once.
		const unchecked = outcome.unchecked ?? [{ locale: outcome.locale ?? toCheck[0]![0], why: outcome.why }];
		const problems: FieldProblem[] = [...refused];
		const notices = new Set<string>();
		for (const { locale, why } of unchecked) {
			const verdict = uncheckedVerdict(why, publishing);
			const key = 'refuse' in verdict ? verdict.refuse : verdict.notice;
			const seconds = secondsOf(key === 'body.loadTimedOut' ? limits.loadMs : limits.checkMs);
			const own = reachedBody(why) ? inLanguage(locale) : '';
			if ('refuse' in verdict) problems.push({ path: ['body'], locale, message: `${context.s(key, { seconds })}${own}` });
			else notices.add(`${context.s(key, { seconds })}${own}`);
		}
		for (const message of notices) store.dispatch({ type: 'NOTIFICATION_SEND', payload: { message, type: 'warning', dismissAfter: 15_000 } });
		return problems;
	}
	return refused;
}

/**
 * Everything the build would refuse in this entry: the images' alt text, the build's own
 * schema on every language that will be written (validation.ts), the bodies' allow-list
 * (body-check.ts) and an article's cross-file rules. Run before a save and again before publishing, so both refuse the same things.
 */
async function entryRefusals(entry: ImmutableLike, drafts?: readonly OpenDraft[], { publishing = false, lookupExcused = false } = {}): Promise<{ problems: FieldProblem[]; i18n: boolean }> {
	const bodies: Array<[string, unknown]> = [
		[data.defaultLocale, entry.getIn(['data', 'body'])],
		...Object.keys(data.dirs)
			.filter((locale) => locale !== data.defaultLocale)
			.map((locale): [string, unknown] => [locale, entry.getIn(['i18n', locale, 'data', 'body'])]),
	];
	const problems: FieldProblem[] = bodies.flatMap(([locale, body]) => {
		const missing = typeof body === 'string' ? imagesWithoutAlt(body) : [];
		return missing.length ? [{ path: ['body'], locale, message: `${context.s('component.altMissing')} (${missing.join(', ')})` }] : [];
	});
	const collection = data.config.collections.find((item) => item.name === entry.get('collection'));
	if (collection) {
		const plain = entry.toJS() as Parameters<typeof entryProblems>[1];
		// A body whose images lack alt text is told that above, in the form's own words, not twice.
		const toldAlready = new Set(problems.map((problem) => problem.locale));
		const written = new Set(languagesToWrite(collection, plain, data.defaultLocale).map((language) => language.locale));
		problems.push(...(await bodyProblems(bodies, written, toldAlready, publishing)));
		problems.push(...entryProblems(collection, plain, data));
		if (collection.name === 'articles') problems.push(...(await articleProblems(collection, plain as PlainEntry & { slug?: string }, drafts, lookupExcused)));
	}
	return { problems, i18n: Boolean(collection?.i18n) };
}

/**
 * A new article whose number another article has taken since the form numbered it (two
 * editors opened "new article" at the same moment, and the other saved first): numbered again,
 * the next free number among the published articles and the open drafts, in every language,
 * and the editor told so. Undefined when the number is still free.
 */
async function renumbered(entry: ImmutableLike, drafts: readonly OpenDraft[]): Promise<ImmutableLike | undefined> {
	const collection = data.config.collections.find((item) => item.name === 'articles');
	if (!collection) return undefined;
	const others = await fromGitHost(() => freshEntries('articles', drafts));
	const slugField = collection.fields.find((field) => field.widget === 'bayan-slug')?.name ?? 'slug';
	const plain = entry.toJS() as PlainEntry & { slug?: string };
	// A saved entry's by its file (open-drafts.ts, `fileSlug`): Decap's slug of one with no Persian file keeps its language folder.
	const slug = typeof plain.slug === 'string' && plain.slug ? fileSlug({ slug: plain.slug, path: plain.path }) : String(plain.data?.[slugField] ?? '');
	const change = renumbering(
		claimEntryOf(plain, slug, data.defaultLocale),
		others.map((other) => claimEntryOf(other, other.slug, data.defaultLocale)),
	);
	if (!change) return undefined;
	// The default language's data is what preSave returns; the translations' files get it where they are written.
	renumberWrites(Number(plain.data?.ref), change.ref);
	const next = entry.setIn(['data', 'ref'], change.ref);
	const digits = issueMessages(data);
	store.dispatch({
		type: 'NOTIFICATION_SEND',
		payload: {
			message: context.s('ref.renumbered', { old: digits.formatNumber(Number(plain.data?.ref)), ref: digits.formatNumber(change.ref), owner: isolate(change.takenBy) }),
			type: 'info',
			dismissAfter: 15_000,
		},
	});
	return next;
}

CMS.registerEventListener({
	name: 'preSave',
	handler: async ({ entry: given }) => {
		renumberDone();
		// A new article's number, taken meanwhile by another article, is replaced by the next free one.
		let drafts: OpenDraft[] | undefined;
		let entry = given;
		if (given.get('collection') === 'articles' && given.get('newRecord')) {
			drafts = await fromGitHost(openDrafts);
			entry = (await renumbered(given, drafts)) ?? given;
		}
		// The draft save of an unpublish checked moments ago: a failed look-up does not refuse it (a clash still does).
		const lookupExcused = !given.get('newRecord') && checkedUnpublishes.take(entryKey(given), claimsOf(given));
		const { problems, i18n } = await entryRefusals(entry, drafts, { lookupExcused });
		if (problems.length && lookupExcused) {
			// The published files are gone: refusing this save would leave the article nowhere. A clash
			// that appeared during the deletion is told, and the publish of this draft refuses it.
			const message = `${context.s('unpublish.savedWithProblems')} ${problems.map((problem) => problem.message).join(' — ')}`;
			store.dispatch({ type: 'NOTIFICATION_SEND', payload: { message, type: 'warning', dismissAfter: 30_000 } });
		} else if (problems.length) {
			// At the field each problem concerns (nested ones included), as Decap's own field errors…
			showAtFields(problems, i18n);
			// …and, since a field may be scrolled away or in a hidden translation, in the notification too:
			// throwing stops the save, and Decap shows the message to the editor ("ذخیره نشد: …").
			renumberDone();
			throw refusal(`${context.s('save.refused')} ${problems.map((problem) => problem.message).join(' — ')}`);
		}
		// Decap replaces the entry's data with what is returned (here possibly renumbered).
		return entry.get('data');
	},
});

// Publishing a draft from the workflow board (or the editor's "publish now") merges it as saved,
// with no save in between: the same refusals run again, against the backend as it is now (another
// draft may have been published since, or taken the same ref). Throwing stops the publish, and
// Decap shows the message ("منتشر نشد: …"); nothing is merged.
CMS.registerEventListener({
	name: 'prePublish',
	handler: async ({ entry }) => {
		// Without the workflow a save is the publish, and Decap has just run the preSave check above.
		if (!usesWorkflow()) return;
		// Decap hands over the draft as the board loaded it, and merges the branch as it is now: if
		// another editor has changed what the draft claims since, the check would judge stale values.
		// The open drafts are read once, for this comparison and for the rules below.
		const { drafts, skipped } = await fromGitHost(openDraftLookup);
		// Decap merges the draft's whole branch: one holding files the CMS never writes (another
		// article's, a language the site lacks, the site's code) is not published (messages.ts).
		const stray = strayPublishRefusal(
			// Decap's slug, or the file name (an article with no Persian file: `en/only-english` or `only-english`).
			skipped.filter(
				(report) => report.collection === entry.get('collection') && (report.slug === entry.get('slug') || report.slug === fileSlug({ slug: String(entry.get('slug')), path: entry.get('path') })),
			),
			wording,
		);
		if (stray) throw refusal(`${context.s('save.refused')} ${stray}`);
		if (entry.get('collection') === 'articles') {
			// Named and placed as the looked-up drafts are (an article with no Persian file: by its file, its data under its language).
			const plain = entry.toJS() as PlainEntry;
			const loaded = asLookedUp('articles', { ...plain, slug: String(entry.get('slug')), path: typeof plain.path === 'string' ? plain.path : undefined });
			const slug = loaded.slug;
			const current = drafts.find((draft) => draft.collection === 'articles' && draft.slug === slug);
			if (current && !sameClaims(claimEntryOf(loaded, slug, data.defaultLocale), claimEntryOf(current, slug, data.defaultLocale))) {
				throw refusal(`${context.s('save.refused')} ${context.s('publish.changedSinceLoaded')}`);
			}
		}
		const { problems } = await entryRefusals(entry, drafts, { publishing: true });
		if (problems.length) throw refusal(`${context.s('save.refused')} ${problems.map((problem) => problem.message).join(' — ')}`);
	},
});

/**
 * Decap's **Unpublish** deletes the published files, then saves the entry as a draft (the save
 * runs `preSave`). Were that save refused, the article would be off the site with no draft to
 * publish again. So the same check runs here, before the deletion, and a refusal stops both;
 * a check that passed is remembered, so the draft save is not refused for a look-up failing
 * after the deletion (unpublish-checks.ts). Decap calls `preUnpublish` for a plain deletion
 * too; only an unpublish marks the entry as being saved as a draft first
 * (`unpublishPublishedEntry` dispatches the persist request), and deleting an entry on purpose
 * is never blocked by its own problems. Both are refused when the build would stop without the
 * article: another published article or notice names it among its related articles, or its
 * number is among the site's featured articles (take-off.ts). Every reason is told at once.
 */
CMS.registerEventListener({
	name: 'preUnpublish',
	handler: async ({ entry }) => {
		if (!entry) return;
		const key = entryKey(entry);
		const workflow = (store.getState() as { editorialWorkflow?: ImmutableLike }).editorialWorkflow;
		const unpublishing = usesWorkflow() && workflow?.getIn(['entities', key, 'isPersisting']) === true;
		checkedUnpublishes.forget(key);
		if (entry.get('collection') !== 'articles' && !unpublishing) return;
		let blockers: TakeOffBlockers = { articles: [], notices: [], featured: [] };
		// By its file, as the published entries are named (open-drafts.ts, `fileSlug`).
		const slug = fileSlug({ slug: String(entry.get('slug')), path: entry.get('path') });
		if (entry.get('collection') === 'articles') {
			const published = await fromGitHost(() => publishedEntries('articles'));
			// Published notices name articles too (their «مقاله‌های مرتبط»), and the build refuses a notice naming a missing one.
			const notices = await fromGitHost(() => publishedEntries('notices'));
			const claims = (entries: typeof published) => entries.map((other) => claimEntryOf(other, other.slug, data.defaultLocale));
			blockers = takeOffBlockers(slug, claims(published), claims(notices), data.featuredRefs);
		}
		let problems: string[] = [];
		try {
			if (unpublishing) problems = (await entryRefusals(entry)).problems.map((problem) => problem.message);
		} catch (error) {
			// The draft's look-up failed: the refusal still stands, for what was already found.
			if (!(error instanceof LookupFailure) || !(blockers.articles.length || blockers.notices.length || blockers.featured.length)) throw error;
		}
		const refused = takeOffRefusal(slug, String(entry.get('collection')), blockers, problems, unpublishing, wording);
		if (refused) throw refusal(refused);
		if (unpublishing) checkedUnpublishes.remember(key, claimsOf(entry));
	},
});

// Runs only once Decap has deleted the published files: the draft save that follows is vouched for from now.
// It must never throw: Decap would then skip that draft save, and the article would be nowhere.
CMS.registerEventListener({
	name: 'postUnpublish',
	handler: ({ entry }) => {
		if (entry) checkedUnpublishes.confirm(entryKey(entry));
	},
});

// The files are written: a renumbering applies to that save only.
CMS.registerEventListener({ name: 'postSave', handler: () => renumberDone() });

quietRefusedSaves(() => {
	const errors = (store.getState() as { entryDraft?: ImmutableLike }).entryDraft?.get('fieldsErrors') as { size?: number } | undefined;
	return Boolean(errors?.size);
});
CMS.init({ config: localBackend(data.config) });
watchDirections(context, phrases.editor.editorControlPane.i18n.writingInLocale ?? '%{locale}', phrases.editor.editorControlPane.i18n.copyFromLocaleConfirm);
