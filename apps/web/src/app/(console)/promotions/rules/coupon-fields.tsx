"use client";

import { messages } from "~/i18n";
import { CheckField, fieldInput, type SectionProps, TextField } from "./fields";
import type { RuleDraft } from "./rule-form-values";

const t = messages.rules;
type Coupon = RuleDraft["coupon"];

/** The optional coupon each promotion hands out: amount off in yuan or a percentage, threshold, quantity, limit. */
export function CouponFields({ draft, onChange, errorOf, disabled }: SectionProps) {
  const coupon = draft.coupon;
  const set = (change: Partial<Coupon>) => onChange({ coupon: { ...coupon, ...change } });
  const field = (
    key: "amountYuan" | "percentOff" | "minSpendYuan" | "quantity" | "perCustomerLimit",
    label: string,
    path: string,
  ) => (
    <TextField
      label={label}
      value={coupon[key]}
      onChange={(value) => set({ [key]: value })}
      error={errorOf(`template.coupon.${path}`)}
      disabled={disabled}
      inputMode={key.endsWith("Yuan") ? "decimal" : "numeric"}
    />
  );
  return (
    <div className="space-y-3">
      <CheckField
        label={t.coupon}
        checked={draft.withCoupon}
        onChange={(withCoupon) => onChange({ withCoupon })}
        disabled={disabled}
      />
      {draft.withCoupon && (
        <div className="grid gap-3 md:grid-cols-3">
          <label className="block text-sm text-tremor-content-emphasis">
            {t.couponType}
            <select
              className={fieldInput}
              value={coupon.type}
              disabled={disabled}
              onChange={(event) => set({ type: event.target.value as Coupon["type"] })}
            >
              {(["AMOUNT_OFF", "PERCENT_OFF"] as const).map((type) => (
                <option key={type} value={type}>
                  {t.couponTypes[type]}
                </option>
              ))}
            </select>
          </label>
          {coupon.type === "AMOUNT_OFF"
            ? field("amountYuan", t.couponAmount, "terms.params.amountFen")
            : field("percentOff", t.couponPercent, "terms.params.percentOff")}
          {field("minSpendYuan", t.minSpend, "minSpendFen")}
          {field("quantity", t.couponQuantity, "quantity")}
          {field("perCustomerLimit", t.perCustomerLimit, "perCustomerLimit")}
        </div>
      )}
    </div>
  );
}
