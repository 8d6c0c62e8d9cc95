import { describe, expect, it } from "vitest";
import { OutlookError } from "../../src/outlook/mailbox";
import { outlook } from "./office-mock";

describe("opening a reply or a new message in Outlook", () => {
  it("opens Outlook's reply form on the selected message, with the pane's HTML as its body", () => {
    const replies: unknown[] = [];
    const { mailbox } = outlook({ item: { displayReplyForm: (form: unknown) => replies.push(form) } });
    mailbox.displayReplyForm("<p>Thank you for your email of 24 November.</p>");
    expect(replies).toEqual([{ htmlBody: "<p>Thank you for your email of 24 November.</p>" }]);
  });

  it("attaches files by their address to a reply and to a new message (a letter's enclosed policy)", () => {
    const forms: unknown[] = [];
    const { mailbox } = outlook({ item: { displayReplyForm: (form: unknown) => forms.push(form) }, mailbox: { displayNewMessageForm: (form: unknown) => forms.push(form) } });
    const policy = { name: "Managing Public Contact Policy (OPCC Warwickshire).txt", url: "https://addin.example/assets/policies/warwickshire-managing-public-contact-policy.txt" };
    mailbox.displayReplyForm("<p>Letter</p>", [policy]);
    mailbox.displayNewMessageForm(["pat.o'brien@example.org"], "How we will manage your contact with us", "<p>Letter</p>", [policy]);
    const attachments = [{ type: "file", ...policy }];
    expect(forms).toEqual([
      { htmlBody: "<p>Letter</p>", attachments },
      { toRecipients: ["pat.o'brien@example.org"], subject: "How we will manage your contact with us", htmlBody: "<p>Letter</p>", attachments },
    ]);
  });

  it("opens no reply when no message is selected, and says why with noItem", () => {
    const { mailbox } = outlook({ item: null });
    let thrown: unknown;
    try {
      mailbox.displayReplyForm("<p>Hello</p>");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OutlookError);
    expect(thrown).toMatchObject({ code: "noItem", message: "No message is selected to reply to." });
  });

  it("opens a new message addressed to the given people, with the subject and HTML body", () => {
    const forms: unknown[] = [];
    const { mailbox } = outlook({ mailbox: { displayNewMessageForm: (form: unknown) => forms.push(form) } });
    mailbox.displayNewMessageForm(["sam.carter@opcc.example.gov.uk", "morgan.reid@opcc.example.gov.uk"], "Pat O'Brien: new information", "<p>See the attached.</p>");
    expect(forms).toEqual([
      {
        toRecipients: ["sam.carter@opcc.example.gov.uk", "morgan.reid@opcc.example.gov.uk"],
        subject: "Pat O'Brien: new information",
        htmlBody: "<p>See the attached.</p>",
      },
    ]);
  });

  it("opens a new message even between selections: it needs no selected message", () => {
    const forms: unknown[] = [];
    const { mailbox } = outlook({ item: null, mailbox: { displayNewMessageForm: (form: unknown) => forms.push(form) } });
    mailbox.displayNewMessageForm(["sam.carter@opcc.example.gov.uk"], "Handover", "");
    expect(forms).toEqual([{ toRecipients: ["sam.carter@opcc.example.gov.uk"], subject: "Handover", htmlBody: "" }]);
  });
});

describe("opening a message the records name (a reopened alert's: T7 #6)", () => {
  it("opens it in its own Outlook form by its EWS id, converted from the Graph id the lookup gave", () => {
    const opened: unknown[] = [];
    const converted: unknown[] = [];
    const { mailbox } = outlook({
      mailbox: {
        displayMessageForm: (id: unknown) => opened.push(id),
        convertToEwsId: (id: string, version: string) => (converted.push([id, version]), id.replace(/-/g, "/").replace(/_/g, "+")),
      },
    });
    mailbox.displayMessageForm("AAMk-rest_id");
    expect(converted).toEqual([["AAMk-rest_id", "v2.0"]]);
    expect(opened).toEqual(["AAMk/rest+id"]);
  });
});
