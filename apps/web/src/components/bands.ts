import type { RemainingBand } from "@shelfloop/core";

/** Tremor colour per remaining-days band: the same everywhere in the console. */
export const BAND_COLOR: Record<RemainingBand, "rose" | "orange" | "amber" | "emerald"> = {
  EXPIRED: "rose",
  URGENT: "orange",
  WATCH: "amber",
  FRESH: "emerald",
};
