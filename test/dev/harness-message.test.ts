import { describe, expect, it } from "vitest";
import { messageFromGraph } from "../../dev/harness/graph";

describe("the harness reads a message missing fields (mail posted to a mock or a dev endpoint) as Graph would give it", () => {
  it("fills empty recipient lists, an empty text body and no subject, and names a missing sender", () => {
    expect(messageFromGraph({ id: "m1" })).toEqual({
      id: "m1",
      internetMessageId: "",
      subject: "",
      body: { contentType: "text", content: "" },
      from: { emailAddress: { name: "(no sender)", address: "" } },
      sender: { emailAddress: { name: "(no sender)", address: "" } },
      toRecipients: [],
      ccRecipients: [],
      replyTo: [],
      receivedDateTime: "",
      categories: [],
    });
  });

  it("keeps what is there; From falls back to Sender, and a name to the address", () => {
    const sender = { emailAddress: { name: "", address: "pat.o'brien@example.org" } };
    const read = messageFromGraph({ id: "m2", sender, toRecipients: [{ emailAddress: { name: "Enquiries", address: "enquiries@opcc.example.gov.uk" } }], body: { contentType: "html", content: "<p>Hi</p>" } });
    expect(read.from).toEqual({ emailAddress: { name: "pat.o'brien@example.org", address: "pat.o'brien@example.org" } });
    expect(read.toRecipients).toEqual([{ emailAddress: { name: "Enquiries", address: "enquiries@opcc.example.gov.uk" } }]);
    expect(read.ccRecipients).toEqual([]);
    expect(read.body).toEqual({ contentType: "html", content: "<p>Hi</p>" });
  });
});
