// The bridge: one object on `window.verikop`, derived from the contract table. It holds
// no logic beyond refusing names the table does not declare, and it never hands the page an
// IPC event or ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  bridgeKey,
  calls,
  electronWire,
  events,
  isSha256Hex,
  transportMessages,
  type Result,
  type VerikopBridge,
} from '../../common/contract';

// Parameters are `unknown`: whatever the page passes crosses contextBridge unchecked by types.
const bridge: VerikopBridge = {
  host: 'electron',
  invoke(name: unknown, input: unknown): Promise<Result<unknown>> {
    if (typeof name !== 'string' || !Object.hasOwn(calls, name)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_call', message: transportMessages.unknownCall(String(name)) } });
    }
    return ipcRenderer.invoke(electronWire.rpcChannel(name), input) as Promise<Result<unknown>>;
  },
  on(name: unknown, listener: (payload: unknown) => void): () => void {
    if (typeof name !== 'string' || !Object.hasOwn(events, name)) {
      throw new TypeError(`Peristiwa "${String(name)}" tidak dikenal.`);
    }
    const channel = electronWire.eventChannel(name);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      listener(payload);
    };
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  vaultUrl(sha256: unknown): string {
    if (typeof sha256 !== 'string' || !isSha256Hex(sha256)) {
      throw new TypeError('Alamat berkas brankas memerlukan SHA-256 (64 digit heksadesimal huruf kecil).');
    }
    return `${electronWire.vaultScheme}://${electronWire.vaultHost}/${sha256}`;
  },
};

contextBridge.exposeInMainWorld(bridgeKey, bridge);
