/**
 * Saves content as a file through the browser's own download (a link with `download` to a Blob):
 * Outlook on the web and Outlook for Windows let a task pane download this way (office-js#503,
 * #1221); Outlook for Mac does not (a WebKit limit, office-js#3662) — TESTING.md says so.
 */
export function download(content: BlobPart, fileName: string, type: string): void {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
