/** Retention's record of the item ids it deletes: kept in the store (its readers judge Decisions gaps there too). */
export { mayPurgeIn, NOBODY_PURGES, removedByRetention, RETENTION_ITEMS, retentionItemsEvent, type MayPurge } from "../../store/retention-items";
