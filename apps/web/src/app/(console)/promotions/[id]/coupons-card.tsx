"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { describeCoupon } from "@shelfloop/core";
import { Card } from "@tremor/react";
import { format, messages } from "~/i18n";

const t = messages.promotion;
type Coupons = RouterOutputs["promotion"]["get"]["coupons"];

/** The promotion's coupon codes: how many were made, claimed and redeemed, their terms and a few codes. */
export function CouponsCard({ coupons }: { coupons: Coupons }) {
  return (
    <Card className="space-y-2 text-sm" data-testid="promotion-coupons">
      <h2 className="font-medium text-tremor-content-strong">{t.coupons}</h2>
      {coupons.total === 0 || !coupons.terms ? (
        <p className="text-tremor-content">{t.noCoupons}</p>
      ) : (
        <>
          <p className="text-base text-tremor-content-strong">
            {describeCoupon(coupons.terms, coupons.minSpendFen)}
          </p>
          <p>
            {format(t.couponCounts, {
              total: coupons.total,
              claimed: coupons.claimed,
              redeemed: coupons.redeemed,
            })}
          </p>
          <p className="text-tremor-content">
            {format(t.validity, { from: coupons.validFrom, to: coupons.validTo })}
          </p>
          <p className="text-tremor-content">
            {t.samples}
            {coupons.sample.map((code) => (
              <code key={code} className="ml-2 rounded bg-tremor-background-muted px-1.5 py-0.5 text-xs">
                {code}
              </code>
            ))}
          </p>
        </>
      )}
    </Card>
  );
}
