import type { D1Migration } from '@cloudflare/vitest-pool-workers';

declare global {
  namespace Cloudflare {
    interface Env {
      /** Provided by vitest.config.ts: the migrations in worker/migrations. */
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
