import DecapCmsApp from 'decap-cms-app';
import fa from 'decap-cms-locales/dist/esm/fa';
import { fillPlaceholders } from '../../../core/message-format';
import { imagesWithoutAlt } from '../cms-entry';
import type { CmsAdminData } from '../cms-config';
import { registerEditorComponents } from './editor-components';
import { keepUntranslatedLanguagesUnwritten, registerFormats } from './formats';
import { registerPreviews } from './previews';
import { watchDirections } from './rtl';
import type { AdminContext, DecapCms, ImmutableLike } from './types';
import { registerWidgets } from './widgets';

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

// Decap's Persian phrases, with clearer validation messages and a pane label rtl.ts can find.
const phrases = structuredClone(fa) as { editor: { editorControlPane: { widget: Record<string, string>; i18n: Record<string, string> } } };
phrases.editor.editorControlPane.widget.required = context.s('decap.required');
phrases.editor.editorControlPane.widget.regexPattern = context.s('decap.regexPattern');
if (ui === 'fa') CMS.registerLocale('fa', phrases);

registerFormats(CMS, data.config.collections);
keepUntranslatedLanguagesUnwritten();
registerWidgets(CMS, context);
registerEditorComponents(CMS, context);
registerPreviews(CMS, context);
CMS.registerEventListener({
	name: 'preSave',
	handler: ({ entry }) => {
		const bodies = [entry.getIn(['data', 'body']), ...Object.keys(data.dirs).map((locale) => entry.getIn(['i18n', locale, 'data', 'body']))];
		const missing = bodies.flatMap((body) => (typeof body === 'string' ? imagesWithoutAlt(body) : []));
		// Throwing stops the save; Decap shows the message to the editor.
		if (missing.length) throw new Error(`${context.s('component.altMissing')} (${missing.join(', ')})`);
		return (entry as ImmutableLike).get('data');
	},
});

CMS.init({ config: localBackend(data.config) });
watchDirections(context, phrases.editor.editorControlPane.i18n.writingInLocale ?? '%{locale}');
