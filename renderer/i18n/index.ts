// The UI's language. Indonesian is the only one; screens import `t` and never hold text of
// their own, so a second language would be one more file and one line here.
import { id } from './id';

export const t = id;
