import { router } from './router';

/** The Jianbao Worker: the API over D1 (see router.ts for the routes). */
export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
