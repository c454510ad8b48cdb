// What a sync server holds, read over its own HTTP API as one of its users: for tests that must
// see a change arrive on the server, not only leave the device (a pending count of zero says
// nothing before the change was even queued).
import { expect } from '@playwright/test';

export async function signInToken(serverUrl: string, username: string, password: string): Promise<string> {
  const answer = await fetch(`${serverUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { token: string }).token;
}

/** The status of one requirement's finding on the server (`meets`, `fails`, …), undefined when none is set there. */
export async function serverFindingStatus(
  serverUrl: string,
  account: { readonly username: string; readonly password: string },
  applicationId: string,
  requirement: string,
): Promise<string | undefined> {
  const token = await signInToken(serverUrl, account.username, account.password);
  const answer = await fetch(`${serverUrl}/applications/${encodeURIComponent(applicationId)}`, { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status).toBe(200);
  // A finding's status field holds the status chosen and what the rule computed beside it.
  const body = (await answer.json()) as { replica: { findings: Record<string, { status?: { value?: { status?: string } } } | undefined> } };
  return body.replica.findings[requirement]?.status?.value?.status;
}
