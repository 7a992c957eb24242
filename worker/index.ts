import { pruneExpired } from './maintenance/prune-expired';
import { router } from './router';

/** The Jianbao Worker: the API over D1 (see router.ts for the routes), and hourly pruning. */
export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
  scheduled: async (controller, env) => {
    await pruneExpired(env.DB, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
