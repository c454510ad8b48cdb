// The renderer database as the bench page uses it, through its public index.
export { Dexie } from 'dexie';
export { listInbox, openVerikopDb, saveFinding, type InboxQuery, type VerikopDb } from '../../../renderer/db';
