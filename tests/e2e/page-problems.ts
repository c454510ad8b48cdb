// Errors a page reports on its own — script errors, failed loads, CSP refusals (Chromium logs
// each as a console error) — collected so a test can demand there were none.
import type { Page } from '@playwright/test';

export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => {
    problems.push(error.message);
  });
  return problems;
}
