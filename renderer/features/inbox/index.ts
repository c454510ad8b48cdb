// The inbox: the files assigned to the verifier. Other features import from here only.
export { InboxScreen } from './InboxScreen';
export { ClockChip, clockLabel } from './ClockChip';
export { clockView, type ClockView } from './clock';
