// 6. Sync. The server's push, pull and blob routes exist (server/routes/sync.ts, blobs.ts), but
// this run does not measure them yet: the server was still being built by another engineer while
// the benchmarks were written, and there was no time left to build a client load generator that
// checks every operation exactly once. The section says so in the results instead of guessing.
import type { BenchContext, Section } from './lib';

export function syncBench(_ctx: BenchContext): Promise<Section> {
  return Promise.resolve({
    title: '6. Sync: push/pull of 10,000 operations, blob upload, 100 concurrent clients',
    method: [
      'Not measured in this run. The routes exist (push, pull, blob upload in server/routes/), but the server was still changing under another engineer while the benchmarks were written, and the load generator (10,000 operations through push and pull on PGlite and a throwaway PostgreSQL from server/testing, blob PUT against a raw HTTP PUT, 100 clients checking every operation id exactly once) was not finished by the deadline.',
    ],
    rows: [],
    targets: [
      { target: 'sync blob upload ≥ 0.8× raw PUT', measured: 'not measured', met: undefined },
      { target: '100 clients: zero lost/duplicated operations', measured: 'not measured', met: undefined },
    ],
    notes: [],
  });
}
