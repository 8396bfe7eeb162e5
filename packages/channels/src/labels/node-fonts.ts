import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { LabelFonts } from "./fonts";

const require = createRequire(import.meta.url);

/** The npm package's Noto Sans SC TTFs (~10 MB each): read once per process. */
export const FONT_FILES = {
  regular: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
} as const;

let cache: LabelFonts | undefined;

/** Noto Sans SC resolved like a module, wherever pnpm put it (Node scripts and tests; not bundles). */
export function loadLabelFonts(): LabelFonts {
  cache ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
  return cache;
}
