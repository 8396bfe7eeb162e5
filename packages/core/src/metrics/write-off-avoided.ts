import { formatQuantity } from "./format";
import { ceilUnits, requireNonNegativeFen, requireRate, requireUnits } from "./guards";

export interface WriteOffAvoidedInput {
  readonly unitCostFen: number;
  /** Units of this batch sold under the promotion before expiry. */
  readonly unitsSoldUnderPromotion: number;
  /** Units/day before the promotion started (see salesVelocity). */
  readonly preVelocity: number;
  /** How many days before the promotion preVelocity was measured over; only used in the text. */
  readonly velocityWindowDays: number;
  /**
   * Days from promotion start to expiry: daysBetween(promotionStart, expiryDate), the same count as
   * remainingDays(expiryDate, promotionStart).
   */
  readonly daysToExpiry: number;
  /** Units of the batch on hand when the promotion started. */
  readonly onHandAtStart: number;
}

export interface WriteOffAvoided {
  /** Units the pre-promotion pace would have sold by expiry anyway. */
  readonly baselineUnits: number;
  /** Units that would have been written off without the promotion: onHandAtStart − baselineUnits. */
  readonly wouldBeWrittenOffUnits: number;
  readonly avoidedUnits: number;
  /** avoidedUnits × unit cost; exact. */
  readonly avoidedValueFen: number;
  /** One line of Chinese stating the baseline, shown under the figure so it can be checked. */
  readonly baselineText: string;
}

/**
 * Write-off avoided by promoting a batch: only the sales beyond what the old pace would have sold
 * by expiry count, so a promotion on a batch that was selling out anyway claims nothing.
 *
 * Rounding: velocity × days is rounded UP to whole units for the baseline (ceil, with float noise
 * ignored), so the claim never overstates the avoided units by a fraction of a unit.
 */
export function writeOffAvoided(input: WriteOffAvoidedInput): WriteOffAvoided {
  const unitCost = requireNonNegativeFen(input.unitCostFen, "单位成本");
  const sold = requireUnits(input.unitsSoldUnderPromotion, "促销销量");
  const velocity = requireRate(input.preVelocity, "促销前日均销量");
  const windowDays = requireUnits(input.velocityWindowDays, "基线统计天数");
  const days = requireUnits(input.daysToExpiry, "距到期天数");
  const onHand = requireUnits(input.onHandAtStart, "促销开始时库存");

  const paceUnits = ceilUnits(velocity * days);
  const baselineUnits = Math.min(onHand, paceUnits);
  const wouldBeWrittenOffUnits = onHand - baselineUnits;
  // Units sold beyond the batch (mis-scans, other batches) cannot have been saved from this batch.
  const avoidedUnits = Math.min(wouldBeWrittenOffUnits, Math.max(0, Math.min(sold, onHand) - baselineUnits));

  const sellable = paceUnits >= onHand ? `可售完全部 ${onHand} 件` : `可售 ${baselineUnits} 件`;
  const baselineText = `基线：促销前 ${windowDays} 天日均销量 ${formatQuantity(velocity)} 件，到期前 ${days} 天${sellable}`;
  return {
    baselineUnits,
    wouldBeWrittenOffUnits,
    avoidedUnits,
    avoidedValueFen: avoidedUnits * unitCost,
    baselineText,
  };
}
