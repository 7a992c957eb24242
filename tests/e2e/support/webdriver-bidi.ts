/**
 * A minimal WebDriver BiDi client (the W3C protocol Firefox speaks natively), enough to drive
 * extension pages and web pages in the Firefox test: list contexts, open tabs, navigate, run a
 * function in a page. Commands are JSON over one WebSocket, answered by id.
 */
import WebSocket from 'ws';

interface BidiContext {
  context: string;
  url: string;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export interface BidiSession {
  /** Top-level browsing contexts (tabs) with their current address. */
  contexts(): Promise<BidiContext[]>;
  /** Opens a new tab and navigates it to `url`, waiting for the load. */
  openTab(url: string): Promise<string>;
  /**
   * Calls `fn` with `args` inside the page of `context` and resolves with its (JSON-serialisable)
   * result; the function's source is sent, so it must not refer to anything outside itself.
   */
  call<A extends unknown[], R>(context: string, fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  close(): void;
}

/** Connects to Firefox's BiDi endpoint (started with --remote-debugging-port) and opens a session. */
export async function connectBidi(port: number): Promise<BidiSession> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let lastId = 0;
  const pending = new Map<number, Pending>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (message.id === undefined) return; // events are not subscribed to
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'success') waiter?.resolve(message.result);
    else waiter?.reject(new Error(`BiDi ${message.error}: ${message.message}`));
  });
  const send = <T>(method: string, params: object): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  return {
    async contexts() {
      const tree = await send<{ contexts: BidiContext[] }>('browsingContext.getTree', { maxDepth: 0 });
      return tree.contexts.map(({ context, url }) => ({ context, url }));
    },
    async openTab(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async call(context, fn, ...args) {
      const result = await send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>(
        'script.callFunction',
        {
          functionDeclaration: `async (...args) => JSON.stringify(await (${fn.toString()})(...args.map((arg) => JSON.parse(arg))))`,
          arguments: args.map((value) => ({ type: 'string', value: JSON.stringify(value) })),
          target: { context },
          awaitPromise: true,
        },
      );
      if (result.type === 'exception') throw new Error(`In the page: ${result.exceptionDetails?.text}`);
      const text = result.result?.value;
      return (typeof text === 'string' ? JSON.parse(text) : undefined) as never;
    },
    close: () => socket.close(),
  };
}
