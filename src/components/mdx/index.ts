import Callout from './Callout.astro';
import Question from './Question.astro';
import ServiceStatus from './ServiceStatus.astro';
import Steps from './Steps.astro';

/**
 * Components editors can use in any article, notice or incident body without importing
 * them: pass this map to `<Content components={mdxComponents} />`.
 */
export const mdxComponents = { Callout, Question, ServiceStatus, Steps };
