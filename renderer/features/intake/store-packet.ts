// A packet main has checked and put in the vault becomes a file in the local database, assigned
// to the person who imported it, with its 30-working-day deadline from the domain calendar.
import { serviceDeadline } from '../../../common/domain';
import type { ImportedPacket } from '../../../common/contract/packets';
import { importApplication } from '../../db/applications';
import type { ApplicationRow } from '../../db/rows';
import type { Workspace } from './use-workspace';

export function storeImportedPacket(workspace: Workspace, packet: ImportedPacket): Promise<ApplicationRow> {
  const deadline = serviceDeadline(workspace.calendar, packet.application.receivedAt).value;
  return importApplication(workspace.db, workspace.user, {
    application: packet.application,
    assignee: workspace.user.userId,
    deadline,
  });
}
