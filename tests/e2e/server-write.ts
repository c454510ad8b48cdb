// Another device of the same person writing to the sync server over its own HTTP API (sign-in,
// then a push with its own client id), as a second laptop's sync engine would: for tests that need
// the server to move on while this laptop is looking at something.
import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { signInToken } from './server-read';

/**
 * Sets a finding's note on the server on the version the server holds now (read first), so it is
 * accepted; answers the note's new version.
 */
export async function pushNoteFromAnotherDevice(
  serverUrl: string,
  account: { readonly username: string; readonly password: string },
  applicationId: string,
  requirement: string,
  note: string,
): Promise<number> {
  const token = await signInToken(serverUrl, account.username, account.password);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const read = await fetch(`${serverUrl}/applications/${encodeURIComponent(applicationId)}`, { headers });
  expect(read.status).toBe(200);
  const { replica } = (await read.json()) as { replica: { findings: Record<string, { note?: { version: number } } | undefined> } };
  const base = replica.findings[requirement]?.note?.version ?? 0;
  const operation = { id: randomUUID(), type: 'finding.set', applicationId, requirement, changes: { note: { value: note, base } }, clientTime: new Date().toISOString() };
  const push = await fetch(`${serverUrl}/sync/push`, { method: 'POST', headers, body: JSON.stringify({ clientId: randomUUID(), operations: [operation] }) });
  expect(push.status).toBe(200);
  const { answers } = (await push.json()) as { answers: { status: string; seq?: number }[] };
  expect(answers).toEqual([expect.objectContaining({ status: 'accepted' })]);
  return answers[0]?.seq ?? 0;
}
