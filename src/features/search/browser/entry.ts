/**
 * The search module as one self-contained file (built through Vite's `?worker&url`, so it
 * is bundled with its imports and nothing else), started as soon as the loader adds it.
 */
import { start } from './search';

start();
