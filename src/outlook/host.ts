/**
 * Start-up glue with the Office host. Some hosts call `Office.onReady` again on each
 * selection of a pinned pane; `officeReady` resolves once and the pane renders once.
 */
let ready: Promise<void> | undefined;

export function officeReady(): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    void Office.onReady(() => resolve());
  });
  return ready;
}

export type HostTheme = "light" | "dark";

/** Outlook's theme, so the pane matches it (Office.context.officeTheme; absent in some hosts). */
export function hostTheme(): HostTheme {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return "light";
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
}
