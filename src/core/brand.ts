import brandInput from '../brand.config';
import { locales, type Locale } from '../site.config';
import { parseBrand, type Brand } from './brand-schema';

/**
 * The checked brand (src/brand.config.ts): name, logos, colours, footer links and origin.
 * Read it from here, never from the config file, so every consumer gets the checked values.
 * Kept out of src/site.config.ts on purpose: browser code imports the site configuration,
 * and the check (Zod, an HTML parser for the logos) must never reach a page's JavaScript.
 */
export const brand: Brand<Locale> = parseBrand<Locale>(brandInput, locales);
