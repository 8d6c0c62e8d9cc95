import { describe, expect, it } from "vitest";
import { CORPUS_STAFF, OTHER_STAFF, renameMessage, renamer, staffOf } from "../../dev/eval/staff";

/** The eval's renamed parts: the corpora's staff swapped for others in text and addresses (README "Every corpus names the same four staff"). */
describe("renaming a corpus file's staff", () => {
  const rename = renamer(CORPUS_STAFF, OTHER_STAFF);

  it("swaps full names, titles, first names and surnames, keeping their case, and never renames a new name again", () => {
    expect(rename("Dear Casey Worker, CASEY, casey. Ms Worker and Mr. Carter; Morgan Reid's file. Casey's car.")).toBe(
      "Dear Priya Shah, PRIYA, priya. Ms Shah and Mr. Okafor; Tomasz Nowak's file. Priya's car.",
    );
    expect(rename("Sam, Reid, Dana Chief, Ms Chief")).toBe("Adaeze, Nowak, Niamh Byrne, Ms Byrne");
  });

  it("leaves everyday words and other people's names alone: a caseworker, the Chief Executive, Samantha", () => {
    const text = "The caseworker and a support worker wrote to the Chief Executive and the Chief Constable. Samantha Reidy agrees.";
    expect(rename(text)).toBe(text);
  });

  it("swaps a member of staff's address, not a sender's that shares a name", () => {
    expect(rename("Casey Worker <Casey.Worker@opcc.example.gov.uk>")).toBe("Priya Shah <priya.shah@opcc.example.gov.uk>");
    expect(rename("lisa.morgan@webmail.example.com")).toBe("lisa.morgan@webmail.example.com");
    const row = { from: "Pat <pat@example.org>", to: ["sam.carter@opcc.example.gov.uk"], cc: ["dana.chief@opcc.example.gov.uk"], subject: "For Sam", body: "Sam Carter knows." };
    expect(renameMessage(row, rename)).toEqual({ from: "Pat <pat@example.org>", to: ["adaeze.okafor@opcc.example.gov.uk"], cc: ["niamh.byrne@opcc.example.gov.uk"], subject: "For Adaeze", body: "Adaeze Okafor knows." });
  });

  it("a file with no entry in test/corpus/staff.json is written to the corpora's office", () => {
    expect(staffOf("test/corpus/alerts/train-15.jsonl")).toEqual(CORPUS_STAFF);
    expect(staffOf("office-mail/held-out-3")).toEqual(CORPUS_STAFF);
  });
});
