// How Electron runs the demo's sync server: its own binary as plain Node (ELECTRON_RUN_AS_NODE)
// on the server CLI that scripts/build.ts bundles into dist/server. Only for the app run from the
// project (`npm start`): the packaged app ships neither that bundle nor node_modules and flips
// the runAsNode fuse, so main gives it no launcher and demo mode answers that it is unavailable.
import path from 'node:path';
import type { ServerLauncher } from '../services/demo';

export function demoServerLauncher(appPath: string): ServerLauncher {
  const entry = path.join(appPath, 'dist', 'server', 'main.mjs');
  return { command: process.execPath, args: [entry], entry, env: { ELECTRON_RUN_AS_NODE: '1' } };
}
