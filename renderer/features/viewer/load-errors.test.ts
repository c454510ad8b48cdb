import { describe, expect, it } from 'vitest';
import { classifyLoadError, EmptyFileError, VaultResponseError } from './load-errors';

// pdf.js rebuilds worker errors on the main thread as objects carrying `name` and `message`;
// these stand-ins have the same shape.
const pdfjsError = (name: string, message: string): Error => Object.assign(new Error(message), { name });

describe('classifyLoadError', () => {
  it('tells a file missing from the vault from other vault answers', () => {
    expect(classifyLoadError(new VaultResponseError(404))).toEqual({ kind: 'not-in-vault' });
    expect(classifyLoadError(new VaultResponseError(403))).toEqual({ kind: 'vault-refused', status: 403 });
  });

  it('reports a request that got no answer', () => {
    expect(classifyLoadError(new TypeError('Failed to fetch'))).toEqual({ kind: 'fetch-failed', detail: 'Failed to fetch' });
  });

  it('reports an empty file', () => {
    expect(classifyLoadError(new EmptyFileError())).toEqual({ kind: 'empty' });
  });

  it('recognises a password-protected PDF', () => {
    expect(classifyLoadError(pdfjsError('PasswordException', 'No password given'))).toEqual({ kind: 'encrypted' });
  });

  it('recognises bytes that are not a PDF, keeping pdf.js’s reason', () => {
    expect(classifyLoadError(pdfjsError('InvalidPDFException', 'Invalid PDF structure.'))).toEqual({
      kind: 'not-pdf',
      detail: 'Invalid PDF structure.',
    });
  });

  it('treats anything else as a damaged file, with its reason', () => {
    expect(classifyLoadError(pdfjsError('UnknownErrorException', 'Bad XRef entry'))).toEqual({ kind: 'damaged', detail: 'Bad XRef entry' });
    expect(classifyLoadError('worker died')).toEqual({ kind: 'damaged', detail: 'worker died' });
    expect(classifyLoadError(null)).toEqual({ kind: 'damaged', detail: 'null' });
  });
});
