import { createMemoryStore } from "../../src/store/memory/store";
import { caseStoreContract } from "./contract";

caseStoreContract("in-memory", async () => createMemoryStore());
