/**
 * A real Jianbao Worker for the end-to-end tests: `wrangler dev` on 127.0.0.1 with its own
 * temporary D1 (--persist-to), migrations applied and an API token created exactly as a user
 * would (`wrangler d1 migrations apply`, `scripts/token.mjs create`). It can be stopped and
 * started again on the same port and data, to test what clients do while it is down.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePorts } from './free-ports';
import { startGroup, waitFor, type GroupProcess } from './process-group';

const ROOT = resolve(import.meta.dirname, '../../..');
const WRANGLER = join(ROOT, 'node_modules/.bin/wrangler');

/** No network beyond localhost, no telemetry, no prompts. */
const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  CI: '1',
  NO_COLOR: '1',
};

export interface LocalWorker {
  /** http://127.0.0.1:PORT */
  url: string;
  token: string;
  /** Stops wrangler dev (the data stays). */
  stop(): Promise<void>;
  /** Starts wrangler dev again on the same port and data. */
  start(): Promise<void>;
  /** Every request line wrangler logged so far (across restarts), e.g. "POST /api/articles 201 Created". */
  requestLog(): string[];
  /** Calls the API with the token. */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Stops everything and deletes the data. */
  dispose(): Promise<void>;
}

/**
 * Applies migrations to a fresh temporary D1, creates a token and starts `wrangler dev` on a
 * port (and inspector port) the system picks; restarts keep both.
 */
export async function startLocalWorker(): Promise<LocalWorker> {
  const [port, inspectorPort] = await freePorts(2);
  const persistTo = mkdtempSync(join(tmpdir(), 'jianbao-e2e-d1-'));
  execFileSync(WRANGLER, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
    cwd: ROOT, env: WRANGLER_ENV, stdio: 'pipe',
  });
  const tokenOutput = execFileSync('node', ['scripts/token.mjs', 'create', '--name', 'e2e', '--local', '--persist-to', persistTo], {
    cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  const token = tokenOutput.trim().split('\n').pop()?.trim() ?? '';
  if (!token) throw new Error(`The token script printed no token:\n${tokenOutput}`);

  const url = `http://127.0.0.1:${port}`;
  let dev: GroupProcess | null = null;
  const earlierOutput: string[] = [];

  async function start(): Promise<void> {
    dev = startGroup(WRANGLER, [
      'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
      '--persist-to', persistTo, '--log-level', 'info',
    ], { cwd: ROOT, env: WRANGLER_ENV });
    const running = dev;
    await waitFor(async () => {
      if (running.child.exitCode !== null) throw new Error(`wrangler dev exited:\n${running.output()}`);
      const response = await fetch(`${url}/health`);
      return response.ok ? true : undefined;
    }, 60_000, `wrangler dev at ${url}`);
  }

  async function stop(): Promise<void> {
    if (!dev) return;
    const stopping = dev;
    dev = null;
    await stopping.stop();
    earlierOutput.push(stopping.output());
  }

  await start();
  return {
    url,
    token,
    start,
    stop,
    requestLog: () =>
      [...earlierOutput, dev?.output() ?? '']
        .join('\n')
        .split('\n')
        .map((line) => /\b(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD) (\/\S*) (\d{3})/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => `${match[1]} ${match[2]} ${match[3]}`),
    api: (path, init = {}) =>
      fetch(`${url}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers ?? {}) } }),
    async dispose() {
      await stop();
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}
