import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { levelOf, refusal } from "../../dev/harness/permission";

/* The harness holds the add-in to its manifest's permission level, as Outlook does. */
describe("the manifest's permission level in the harness", () => {
  const asked = levelOf(/<Permissions>\s*(\w+)\s*<\/Permissions>/.exec(readFileSync(join(import.meta.dirname, "../../manifest.xml"), "utf8"))![1]!);

  it("is read/write item: enough to categorise the open message, not to manage the mailbox's master categories", () => {
    expect(asked).toBe("ReadWriteItem");
    expect(refusal("ReadWriteItem", "Categorising the message", asked)).toBeUndefined();
    expect(refusal("ReadItem", "Reading the message body", asked)).toBeUndefined();
    expect(refusal("ReadWriteMailbox", "Adding to the mailbox's master categories", asked)).toMatchObject({ officeName: "PermissionDenied", officeCode: 7000 });
  });

  it("refuses what a lower level does not allow, and knows no level the manifest schema lacks", () => {
    expect(refusal("ReadWriteItem", "Categorising the message", "ReadItem")?.message).toBe("Categorising the message needs the ReadWriteItem permission; this add-in's manifest asks for ReadItem.");
    expect(refusal("ReadItem", "Reading the message body", "Restricted")).toBeDefined();
    expect(() => levelOf("FullAccess")).toThrow(/Unknown Outlook add-in permission level/);
  });
});
