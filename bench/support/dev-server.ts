/**
 * `wrangler dev` without its DevTools inspector, for bench:api's `--inspector off`: the same
 * Worker, local D1, proxy and bindings, started through wrangler's own API (unstable_startWorker,
 * which the `wrangler dev` command wraps) with `dev.inspector: false`. The command has no switch
 * for it, and with the inspector on every D1 call's DevTools events are relayed to Node, costing
 * each save ≥ 4.7 ms CPU that a deployed Worker never pays.
 *
 * Usage: tsx bench/support/dev-server.ts PORT STATE_DIR (STATE_DIR as `wrangler dev --persist-to`).
 */
import { unstable_startWorker } from 'wrangler';

const [port, state] = process.argv.slice(2);
if (!port || !state) throw new Error('usage: tsx bench/support/dev-server.ts PORT STATE_DIR');

const worker = await unstable_startWorker({
  config: 'wrangler.toml',
  // The same directory as `wrangler dev --persist-to`, so `wrangler d1 execute --persist-to` sees it.
  dev: { server: { hostname: '127.0.0.1', port: Number(port) }, inspector: false, persist: state, watch: false },
});
await worker.ready;
console.log(`ready on ${String(await worker.url)} (inspector off)`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void worker.dispose().finally(() => process.exit(0));
  });
}
