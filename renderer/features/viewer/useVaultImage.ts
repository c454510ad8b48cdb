// Loads an image from the vault through fetch, like a PDF, rather than pointing <img> at the
// vault URL: a missing file or a refusing vault then gets the same specific message as for a
// PDF, instead of one "broken image" for every cause. The bytes are shown from an object URL
// that is revoked when the viewer leaves.
import { useEffect, useState } from 'react';
import { classifyLoadError, type DocumentFailure } from './load-errors';
import { fetchVaultBytes } from './vault-fetch';

export type VaultImageState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly objectUrl: string }
  | { readonly status: 'failed'; readonly failure: DocumentFailure };

const loading: VaultImageState = { status: 'loading' };

export function useVaultImage(url: string, mediaType: string): VaultImageState {
  const [result, setResult] = useState<{ readonly url: string; readonly state: VaultImageState }>();

  useEffect(() => {
    const abort = new AbortController();
    let objectUrl: string | undefined;
    fetchVaultBytes(url, abort.signal).then(
      (bytes) => {
        if (abort.signal.aborted) return;
        objectUrl = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
        setResult({ url, state: { status: 'ready', objectUrl } });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setResult({ url, state: { status: 'failed', failure: classifyLoadError(error) } });
      },
    );
    return () => {
      abort.abort();
      if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
    };
  }, [url, mediaType]);

  return result?.url === url ? result.state : loading;
}
