// The whole renderer↔main contract: every call and every event, assembled from one file per
// area. Main registers handlers from `calls`, the preload and web host expose it, and
// renderer/platform/api.ts derives the typed client from it.
import { appCalls, appEvents } from './app';
import { documentsCalls, documentsEvents } from './documents';
import { evidenceCalls } from './evidence';
import { signingCalls } from './signing';
import { packetCalls, packetEvents } from './packets';
import { vaultCalls } from './vault';
import { syncCalls, syncEvents } from './sync';

export const calls = {
  ...appCalls,
  ...documentsCalls,
  ...signingCalls,
  ...packetCalls,
  ...vaultCalls,
  ...syncCalls,
  ...evidenceCalls,
};

export const events = {
  ...appEvents,
  ...documentsEvents,
  ...packetEvents,
  ...syncEvents,
};

export type Calls = typeof calls;
export type Events = typeof events;

export * from './define';
export type { VerikopBridge } from './bridge';
export { bridgeKey, electronWire, isSha256Hex } from './bridge';
export { dispatch } from './dispatch';
export type { DispatchHooks } from './dispatch';
export { Failure, isFailure } from './failure';
export { messages as transportMessages } from './messages';
