/**
 * The reply chain under a message: what the person is quoting back, not what they wrote
 * now. Cut at the first reply header ("-----Original Message-----", "On … wrote:",
 * Outlook's "From: … Sent: …" block) and drop "> " lines. Evidence should point at the
 * writer's own words (issue #5: quoted text is not the writer's abuse). Line by line:
 * linear, and each test is anchored to one line.
 */
const HEADER = /^(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|_{10,}|on .{1,200} wrote:)\s*$/i;
const OUTLOOK_FROM = /^from:\s.{1,300}$/i;
const OUTLOOK_NEXT = /^(?:sent|date|to|subject):\s/i;

/**
 * Where the reply chain is in a plain-text message, as [start, end) ranges: "> " lines, and
 * everything from the first reply header on. The same reading as stripQuotedReplies, kept as
 * offsets so a finding in the writer's own words can be told from one in the letter they quote.
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (HEADER.test(line) || (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test((lines[i + 1] ?? "").trim()))) {
      ranges.push([at, text.length]);
      return ranges;
    }
    if (line.startsWith(">")) ranges.push([at, at + raw.length]);
    at += raw.length + 1;
  }
  return ranges;
}

export function stripQuotedReplies(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (HEADER.test(line)) break;
    if (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test((lines[i + 1] ?? "").trim())) break;
    if (line.startsWith(">")) continue;
    kept.push(lines[i]!);
  }
  return kept.join("\n").trimEnd();
}
