import {
  EXPIRED_TIER,
  type ShelfLifeBand,
  TIER_COLORS,
  type TierColor,
  type TierDefinition,
  type TierEntry,
  type TierPolicy,
  thresholdDays,
} from "./tier-policy";

/**
 * Checks a tier policy as it arrives from a form or from JSON in the database, and returns a clean
 * copy (unknown fields dropped, names trimmed). Every problem is reported, each with the path of the
 * field (`tiers[2].entry.days`) so the form can put the Chinese message next to it.
 */

export interface TierPolicyError {
  path: string;
  message: string;
}

export type TierPolicyValidation =
  | { ok: true; policy: TierPolicy }
  | { ok: false; errors: TierPolicyError[] };

export const MIN_TIERS = 2;
export const MAX_TIERS = 6;
export const MAX_TIER_NAME_LENGTH = 20;
/** Ordering is checked for every shelf life up to ten years. */
export const MAX_CHECKED_SHELF_LIFE_DAYS = 3650;
/**
 * Upper bound for any day count in a policy. Thresholds become SQL int interval bounds, and a hundred
 * years is beyond any real shelf life, so larger numbers can only be typos.
 */
export const MAX_POLICY_DAYS = 36_500;

const KEY_PATTERN = /^[A-Z0-9_]+$/;

type Errors = TierPolicyError[];

export function validateTierPolicy(input: unknown): TierPolicyValidation {
  const errors: Errors = [];
  if (!isRecord(input)) return refuse("", "档位策略必须是一个对象");
  const tiersInput = input.tiers;
  if (!Array.isArray(tiersInput)) return refuse("tiers", "tiers 必须是档位列表");
  if (tiersInput.length < MIN_TIERS || tiersInput.length > MAX_TIERS) {
    errors.push({
      path: "tiers",
      message: `档位数量必须在 ${MIN_TIERS} 到 ${MAX_TIERS} 个之间（现在是 ${tiersInput.length} 个）`,
    });
  }

  const tiers: (TierDefinition | null)[] = tiersInput.map((tier, index) => readTier(tier, index, errors));
  checkUniqueKeys(tiersInput, errors);
  checkOrder(tiers, errors);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, policy: { tiers: tiers as TierDefinition[] } };
}

function refuse(path: string, message: string): TierPolicyValidation {
  return { ok: false, errors: [{ path, message }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The tier as a clean value, or null when any of its own fields is invalid (errors recorded). */
function readTier(input: unknown, index: number, errors: Errors): TierDefinition | null {
  const path = `tiers[${index}]`;
  if (!isRecord(input)) {
    errors.push({ path, message: `${path} 必须是一个对象` });
    return null;
  }
  const before = errors.length;
  const key = readKey(input.key, `${path}.key`, errors);
  const name = readName(input.name, `${path}.name`, errors);
  const color = readColor(input.color, `${path}.color`, errors);
  const entry = readEntryOfTier(input.entry, index, `${path}.entry`, errors);
  if (errors.length > before || key === null || name === null || color === null || entry === undefined)
    return null;
  return { key, name, color, entry };
}

function readKey(value: unknown, path: string, errors: Errors): string | null {
  if (typeof value !== "string" || value === "") {
    errors.push({ path, message: `${path} 不能为空` });
    return null;
  }
  if (!KEY_PATTERN.test(value)) {
    errors.push({ path, message: `${path} 只能包含大写字母 A–Z、数字 0–9 和下划线 _: "${value}"` });
    return null;
  }
  if (value === EXPIRED_TIER.key) {
    errors.push({ path, message: `${path} 不能是 ${EXPIRED_TIER.key}：过期档位由系统固定提供` });
    return null;
  }
  return value;
}

function readName(value: unknown, path: string, errors: Errors): string | null {
  const name = typeof value === "string" ? value.trim() : "";
  if (name === "") {
    errors.push({ path, message: `${path} 不能为空` });
    return null;
  }
  // Count characters as people see them: "临期" is 2, not its UTF-16 length.
  const length = [...name].length;
  if (length > MAX_TIER_NAME_LENGTH) {
    errors.push({ path, message: `${path} 不能超过 ${MAX_TIER_NAME_LENGTH} 个字（现在是 ${length} 个）` });
    return null;
  }
  return name;
}

/** A submitted value in a message. String() throws on objects without a prototype (hostile JSON). */
function shown(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}

function readColor(value: unknown, path: string, errors: Errors): TierColor | null {
  const color = TIER_COLORS.find((known) => known === value);
  if (!color) {
    errors.push({
      path,
      message: `${path} 不是可用的颜色: ${shown(value)}（可选 ${TIER_COLORS.join("、")}）`,
    });
    return null;
  }
  return color;
}

/** The entry, null for the first tier; undefined when invalid (errors recorded). */
function readEntryOfTier(
  value: unknown,
  index: number,
  path: string,
  errors: Errors,
): TierEntry | null | undefined {
  if (index === 0) {
    if (value === null || value === undefined) return null;
    errors.push({ path, message: `${path} 必须为空：第一个档位是所有批次的起始档位，没有进入条件` });
    return undefined;
  }
  if (value === null || value === undefined) {
    errors.push({ path, message: `${path} 不能为空：除第一个档位外，每个档位都需要进入条件` });
    return undefined;
  }
  return readEntry(value, path, errors);
}

function readEntry(value: unknown, path: string, errors: Errors): TierEntry | undefined {
  if (!isRecord(value)) {
    errors.push({ path, message: `${path} 必须是一个对象` });
    return undefined;
  }
  switch (value.kind) {
    case "DAYS": {
      const days = readDays(value.days, `${path}.days`, errors);
      return days === null ? undefined : { kind: "DAYS", days };
    }
    case "PERCENT": {
      const percent = value.percent;
      if (typeof percent !== "number" || !Number.isInteger(percent) || percent < 0 || percent > 100) {
        errors.push({
          path: `${path}.percent`,
          message: `${path}.percent 必须是 0 到 100 之间的整数: ${shown(percent)}`,
        });
        return undefined;
      }
      return { kind: "PERCENT", percent };
    }
    case "BAND": {
      const bands = readBands(value.bands, `${path}.bands`, errors);
      return bands === null ? undefined : { kind: "BAND", bands };
    }
    default:
      errors.push({
        path: `${path}.kind`,
        message: `${path}.kind 必须是 DAYS、PERCENT 或 BAND: ${String(value.kind)}`,
      });
      return undefined;
  }
}

/** A whole, non-negative number of days within MAX_POLICY_DAYS, or null (error recorded). */
function readDays(value: unknown, path: string, errors: Errors): number | null {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    errors.push({ path, message: `${path} 必须是整数天数: ${shown(value)}` });
    return null;
  }
  if (value < 0) {
    errors.push({ path, message: `${path} 不能为负数: ${value}` });
    return null;
  }
  if (value > MAX_POLICY_DAYS) {
    errors.push({ path, message: `${path} 不能超过 ${MAX_POLICY_DAYS} 天: ${value}` });
    return null;
  }
  return value;
}

function readBands(value: unknown, path: string, errors: Errors): ShelfLifeBand[] | null {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ path, message: `${path} 至少需要一行（保质期下限与提前天数）` });
    return null;
  }
  const before = errors.length;
  const bands: ShelfLifeBand[] = [];
  const seen = new Map<number, number>();
  value.forEach((band: unknown, index) => {
    const bandPath = `${path}[${index}]`;
    if (!isRecord(band)) {
      errors.push({ path: bandPath, message: `${bandPath} 必须是一个对象` });
      return;
    }
    const minShelfLifeDays = readDays(band.minShelfLifeDays, `${bandPath}.minShelfLifeDays`, errors);
    const daysBeforeExpiry = readDays(band.daysBeforeExpiry, `${bandPath}.daysBeforeExpiry`, errors);
    if (minShelfLifeDays === null || daysBeforeExpiry === null) return;
    const first = seen.get(minShelfLifeDays);
    if (first !== undefined) {
      errors.push({
        path: `${bandPath}.minShelfLifeDays`,
        message: `${bandPath}.minShelfLifeDays 与 ${path}[${first}] 重复（保质期 ${minShelfLifeDays} 天）`,
      });
      return;
    }
    seen.set(minShelfLifeDays, index);
    bands.push({ minShelfLifeDays, daysBeforeExpiry });
  });
  return errors.length > before ? null : bands;
}

function checkUniqueKeys(tiers: unknown[], errors: Errors): void {
  const seen = new Map<unknown, number>();
  tiers.forEach((tier, index) => {
    if (!isRecord(tier) || typeof tier.key !== "string" || tier.key === "") return;
    const first = seen.get(tier.key);
    if (first === undefined) seen.set(tier.key, index);
    else
      errors.push({
        path: `tiers[${index}].key`,
        message: `tiers[${index}].key 与 tiers[${first}] 重复: ${tier.key}`,
      });
  });
}

/**
 * Each tier must be entered strictly earlier than the next more urgent one, for every shelf life,
 * or the more urgent tier would swallow it. Two tiers that both never apply at a shelf life (two
 * band tables that start above it) are not out of order: neither claims any day there. Only the
 * first offending pair is reported, with a shelf life that shows the problem.
 */
function checkOrder(tiers: readonly (TierDefinition | null)[], errors: Errors): void {
  for (let i = 1; i + 1 < tiers.length; i++) {
    const upper = tiers[i]?.entry;
    const lower = tiers[i + 1]?.entry;
    if (!upper || !lower) continue; // already refused on its own
    for (let shelfLife = 1; shelfLife <= MAX_CHECKED_SHELF_LIFE_DAYS; shelfLife++) {
      const a = thresholdDays(upper, shelfLife);
      const b = thresholdDays(lower, shelfLife);
      if (a > b || (a === -1 && b === -1)) continue;
      errors.push({
        path: `tiers[${i}].entry`,
        message: `tiers[${i}] 的阈值必须大于 tiers[${i + 1}]（保质期 ${shelfLife} 天时 ${a} ≤ ${b}）`,
      });
      return;
    }
  }
}
