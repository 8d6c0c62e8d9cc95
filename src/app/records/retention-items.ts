/** Retention's record of the item ids it deletes: kept in the store (its readers judge Decisions gaps there too). */
export { removedByRetention, RETENTION_ITEMS, retentionItemsEvent } from "../../store/retention-items";
