// The renderer's only way to main: the one reader of the bridge — window.verikop, which the
// Electron preload exposes, or else the web bridge to the web host — and the typed client over it.
import { bridgeKey, type VerikopBridge } from '../../common/contract';
import { createApi, type Api } from './client';
import { createWebBridge } from './web-bridge';

export type { Api, CallNames, EventNames } from './client';

function readBridge(): VerikopBridge {
  const exposed = (window as unknown as Partial<Record<typeof bridgeKey, VerikopBridge>>)[bridgeKey];
  return exposed ?? createWebBridge();
}

export const api: Api = createApi(readBridge());

// Lets end-to-end tests (and a person at the developer console) drive calls exactly as the app
// does. It grants nothing new: in Electron window.verikop is already there, and in the browser
// any script of the page can already reach the host with the page's cookie.
Object.defineProperty(window, 'verikopApi', { value: api, enumerable: false });
