// Why a document could not be shown, sorted into the cases a person can act on differently:
// missing from this device's vault, refused by the vault, locked with a password, not a PDF at
// all, or damaged. pdf.js errors cross from its worker as plain objects with a `name`, so they
// are recognised by name rather than by class.

export type DocumentFailure =
  | { readonly kind: 'not-in-vault' }
  | { readonly kind: 'vault-refused'; readonly status: number }
  | { readonly kind: 'fetch-failed'; readonly detail: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'not-pdf'; readonly detail: string }
  | { readonly kind: 'damaged'; readonly detail: string }
  | { readonly kind: 'image-unreadable' }
  | { readonly kind: 'unsupported-type'; readonly mediaType: string }
  | { readonly kind: 'bad-address' };

/** The vault answered, but not with the file. */
export class VaultResponseError extends Error {
  constructor(readonly status: number) {
    super(`Vault answered HTTP ${status}`);
    this.name = 'VaultResponseError';
  }
}

/** The vault sent zero bytes: nothing for pdf.js to parse, and a clearer message than its own. */
export class EmptyFileError extends Error {
  constructor() {
    super('The file is empty');
    this.name = 'EmptyFileError';
  }
}

/** The message of anything thrown, for the "technical detail" people can pass on to support. */
export const errorDetail = (error: unknown): string => {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return String(error);
};

const nameOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined;

export function classifyLoadError(error: unknown): DocumentFailure {
  if (error instanceof VaultResponseError) {
    return error.status === 404 ? { kind: 'not-in-vault' } : { kind: 'vault-refused', status: error.status };
  }
  switch (nameOf(error)) {
    case 'EmptyFileError':
      return { kind: 'empty' };
    // fetch() rejects with a TypeError when the request never got an answer.
    case 'TypeError':
      return { kind: 'fetch-failed', detail: errorDetail(error) };
    case 'PasswordException':
      return { kind: 'encrypted' };
    case 'InvalidPDFException':
      return { kind: 'not-pdf', detail: errorDetail(error) };
    default:
      return { kind: 'damaged', detail: errorDetail(error) };
  }
}
