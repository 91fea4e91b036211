/** Follow Office's theme: dark when the host's body background is dark. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of "#RRGGBB" (0 black … 1 white); null when not a colour. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function isDarkOfficeTheme(theme: { bodyBackgroundColor?: string } | undefined | null): boolean {
  const l = luminance(theme?.bodyBackgroundColor);
  return l !== null && l < 0.4;
}

export function officeFluentTheme(): Theme {
  const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}
