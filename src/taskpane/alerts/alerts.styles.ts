import { makeStyles, tokens } from "@fluentui/react-components";

export const useAlertStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  line: { display: "block", marginTop: tokens.spacingVerticalXS },
  doubt: { display: "block", color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  quote: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  mark: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1, borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`, borderRadius: tokens.borderRadiusMedium },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});
