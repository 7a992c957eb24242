/** Values the vitest globalSetup (tests/support/page-server.ts) provides to the Worker tests. */
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local page server, e.g. http://127.0.0.1:9531 */
    pageServerOrigin: string;
  }
}
