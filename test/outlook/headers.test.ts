import { describe, expect, it } from "vitest";
import { replyToFromHeaders } from "../../src/outlook/office/headers";

const addresses = (headers: string) => replyToFromHeaders(headers).map((a) => a.emailAddress);

describe("Reply-To from a message's internet headers", () => {
  it("reads a plain Reply-To, whatever its case", () => {
    expect(addresses("From: a@example.org\r\nreply-to: pat.o'brien@example.org\r\nSubject: x")).toEqual(["pat.o'brien@example.org"]);
  });

  it("keeps a quoted display name with a comma in it as one address", () => {
    expect(replyToFromHeaders('Reply-To: "Blake, Jordan" <jordan.blake@example.net>')).toEqual([{ displayName: "Blake, Jordan", emailAddress: "jordan.blake@example.net" }]);
  });

  it("unfolds a header continued on the next line", () => {
    expect(addresses("Reply-To: Pat <pat@example.org>,\n  Jordan <jordan.blake@example.net>\nSubject: x")).toEqual(["pat@example.org", "jordan.blake@example.net"]);
  });

  it("reads the members of a group", () => {
    expect(addresses("Reply-To: Campaign: a@example.org, b@example.org;")).toEqual(["a@example.org", "b@example.org"]);
  });

  it("gives none when there is no Reply-To, even if a body-like line mentions one", () => {
    expect(replyToFromHeaders("From: a@example.org\r\nSubject: Reply-To: b@example.org")).toEqual([]);
  });

  it("still finds the addresses in a Reply-To the parser refuses", () => {
    expect(addresses("Reply-To: <<pat@example.org>> ,, broken <jordan.blake@example.net")).toEqual(["pat@example.org", "jordan.blake@example.net"]);
  });

  it("reads only the start of a hostile, enormous Reply-To", () => {
    const huge = `Reply-To: first@example.org, ${"x".repeat(2_000_000)}@example.org`;
    expect(addresses(huge)).toContain("first@example.org");
  });
});
