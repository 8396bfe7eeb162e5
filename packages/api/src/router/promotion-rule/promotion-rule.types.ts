import { CHANNELS } from "@shelfloop/core";
import { z } from "zod";

/**
 * The shape of a rule only: ranges and cross-field rules are checked by validateRuleSpec (core), whose
 * refusal names the dotted field (e.g. "template.terms.params.percentOff") for the form. Lists are
 * readonly, so the console can send core's RuleCondition and PromotionTemplate as they are.
 */
const amount = z.number("应为数字");
const ids = (label: string) =>
  z
    .array(z.uuid(`${label}参数无效`))
    .max(500, `最多选择 500 个${label}`)
    .readonly();

export const conditionInput = z.object({
  tiers: z.array(z.string().trim().min(1).max(40)).max(20).readonly(),
  categories: z.array(z.string().trim().min(1).max(100)).max(200).readonly(),
  productIds: ids("商品"),
  warehouseIds: ids("仓库"),
  minQtyOnHand: amount,
});

const termsInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SPECIAL_PRICE"), params: z.object({ pricePercentOfList: amount }) }),
  z.object({ type: z.literal("PERCENT_OFF"), params: z.object({ percentOff: amount }) }),
  z.object({ type: z.literal("ADVISOR_PERCENT_OFF"), params: z.object({ maxPercentOff: amount }) }),
  z.object({ type: z.literal("NTH_ITEM_PERCENT_OFF"), params: z.object({ n: amount, percentOff: amount }) }),
  z.object({ type: z.literal("BUY_X_GET_Y"), params: z.object({ buyQty: amount, giftQty: amount }) }),
  z.object({
    type: z.literal("BUNDLE"),
    params: z.object({ partner: z.literal("CATEGORY_BEST_SELLER"), bundlePercentOfList: amount }),
  }),
]);

const couponTermsInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("AMOUNT_OFF"), params: z.object({ amountFen: amount }) }),
  z.object({ type: z.literal("PERCENT_OFF"), params: z.object({ percentOff: amount }) }),
]);

export const templateInput = z.object({
  terms: termsInput,
  durationDays: amount,
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).readonly(),
  reserveSharePercent: amount,
  stacksWithCoupon: z.boolean(),
  marginFloorPercent: amount,
  allowBelowCost: z.boolean(),
  coupon: z
    .object({
      terms: couponTermsInput,
      minSpendFen: amount,
      quantity: amount,
      perCustomerLimit: amount.nullable(),
    })
    .nullable(),
  autoApproveMaxMarkdownFen: amount.nullable(),
});

export const ruleIdInput = z.object({ id: z.uuid("规则参数无效") });

export const saveRuleInput = z.object({
  id: z.uuid("规则参数无效").optional(),
  name: z.string("请填写规则名称").max(200),
  condition: conditionInput,
  template: templateInput,
});

export const setEnabledInput = ruleIdInput.extend({ enabled: z.boolean() });

export const reorderInput = z.object({ ids: z.array(z.uuid("规则参数无效")).max(500) });

export const previewInput = z.object({ condition: conditionInput, template: templateInput });
