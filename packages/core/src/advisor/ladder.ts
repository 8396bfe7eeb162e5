import { zhe } from "../promotion-rules/describe";
/** The discount rungs (percent off list) a tenant gets until it sets its own. */
export const DEFAULT_DISCOUNT_LADDER: readonly number[] = Object.freeze([10, 20, 30, 50]);

/**
 * A ladder must be whole percents in 1–99, strictly ascending: the advisor picks the first rung that
 * clears, so an unsorted ladder would silently recommend a deeper cut than needed. Throws RangeError.
 */
export function requireLadder(ladder: readonly number[]): readonly number[] {
  if (ladder.length === 0) throw new RangeError("折扣阶梯不能为空");
  ladder.forEach((rung, index) => {
    if (!Number.isSafeInteger(rung) || rung < 1 || rung > 99) {
      throw new RangeError(`折扣阶梯必须是 1–99 的整数百分比: ${rung}`);
    }
    const previous = ladder[index - 1];
    if (previous !== undefined && rung <= previous) {
      throw new RangeError(`折扣阶梯必须严格从小到大排列: ${ladder.join(", ")}`);
    }
  });
  return ladder;
}

/** A percent off as Chinese 折: 20 → "8 折", 25 → "7.5 折", 12.5 → "8.75 折". */
export function zheText(percentOff: number): string {
  return `${zhe(100 - percentOff)} 折`;
}
