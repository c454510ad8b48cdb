// A contract call as React state: loading, then the value or the error, with a retry. Screens
// use this for reads from main; the call runs again when its name or input changes.
import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallOutput, Calls, ContractError } from '../../common/contract';
import { api, type CallNames } from './api';

export type CallState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: ContractError };

export function useCall<K extends CallNames>(
  name: K,
  input: CallInput<Calls, K>,
): CallState<CallOutput<Calls, K>> & { readonly retry: () => void } {
  const [state, setState] = useState<CallState<CallOutput<Calls, K>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Inputs are plain JSON; comparing them as text spares callers from memoising literals.
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void api.call(name, JSON.parse(inputKey) as CallInput<Calls, K>).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ok', value: result.value } : { status: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [name, inputKey, attempt]);

  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
