// The supervisor's screens: the approval queue and the review of a file (approve and sign, or
// return with reasons). Other features import from here only.
export { ApprovalQueueScreen } from './ApprovalQueueScreen';
export { ReviewScreen } from './ReviewScreen';
export { approvalPaths } from './paths';
