// Demo mode at the web host's start. With `--demo` the person asked for it: if it cannot start,
// the host stops and says why. Without it, demo mode comes back only because an earlier run chose
// it; if that fails (the demo server's PGlite locked by another host, the server bundle missing),
// the host says why and starts anyway: the app works without the demo server.
import type { DemoMode, DemoStarted } from '../services/demo';
import { hostMessages } from './messages';

export interface DemoLaunchOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export async function launchDemo(demo: Pick<DemoMode, 'start' | 'resume'>, asked: boolean, output: DemoLaunchOutput): Promise<DemoStarted | undefined> {
  let started: DemoStarted | undefined;
  if (asked) started = await demo.start();
  else {
    try {
      started = await demo.resume();
    } catch (error) {
      output.err(hostMessages.demoNotResumed(error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  }
  if (started !== undefined) output.out(hostMessages.demoReady(started.serverUrl, started.accounts.map((a) => a.username), started.password));
  return started;
}
