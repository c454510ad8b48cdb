import { describe, expect, it } from 'vitest';
import type { ApprovalRow } from '../../db/rows';
import { openReturn } from './history';

const step = (action: ApprovalRow['action'], at: string, reason?: string): ApprovalRow => ({
  id: at,
  applicationId: 'app',
  action,
  from: 'in_verification',
  to: 'awaiting_approval',
  actor: 'x',
  at,
  ...(reason === undefined ? {} : { reason }),
});

describe('openReturn', () => {
  it('is the latest return not followed by a submission', () => {
    const history = [step('start_verification', '1'), step('submit_for_approval', '2'), step('return_to_verifier', '3', 'R3 kurang bukti'), step('resume_verification', '4')];
    expect(openReturn(history)?.reason).toBe('R3 kurang bukti');
  });

  it('is nothing once the file was resubmitted, or never returned', () => {
    expect(openReturn([step('return_to_verifier', '1', 'x'), step('submit_for_approval', '2')])).toBeUndefined();
    expect(openReturn([step('start_verification', '1')])).toBeUndefined();
  });
});
