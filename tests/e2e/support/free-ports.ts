/**
 * Loopback ports for the end-to-end tests, chosen by the system at run time, so two test runs on
 * one host (two CI jobs, a developer's `npm start` next to `npm test`) never fight over a port.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * `count` distinct ports that were free on 127.0.0.1 a moment ago. All are held open together
 * while they are picked, so one call never returns the same port twice.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => (server.address() as AddressInfo).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

/** One port that was free on 127.0.0.1 a moment ago (nothing listens on it now). */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}
