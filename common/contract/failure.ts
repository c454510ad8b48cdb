// A handler signals an expected failure (bad packet, wrong passphrase, …) by throwing a
// Failure with a stable code and a message a person can act on (Indonesian for the UI).
// Anything else thrown is a bug: the caller gets `internal` and no internals leak.
export class Failure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'Failure';
  }
}

export const isFailure = (e: unknown): e is Failure => e instanceof Failure;
