import { bandOf, calendarDateOf, isValidGtin } from "@shelfloop/core";
import { describe, expect, it } from "vitest";
import { demoProducts, demoStock } from "../src/seed/demo-stock";
import { seededRandom } from "../src/seed/random";

const TODAY = "2026-11-26";
function build() {
  const random = seededRandom(7);
  const products = demoProducts("tenant", random);
  return { products, ...demoStock(products, ["wh-1", "wh-2"], TODAY, random) };
}

describe("demo stock", () => {
  const { products, batches, movements } = build();

  it("has ~60 products and ~600 batches across all remaining-days bands", () => {
    expect(products).toHaveLength(60);
    expect(batches).toHaveLength(600);
    const bands = new Set(batches.map((b) => bandOf(calendarDateOf(b.expiryDate as Date), TODAY)));
    expect([...bands].sort()).toEqual(["EXPIRED", "FRESH", "URGENT", "WATCH"]);
  });

  it("keeps every batch's on-hand quantity equal to its ledger", () => {
    for (const batch of batches) {
      const ledger = movements.filter((m) => m.batchId === batch.id).reduce((sum, m) => sum + m.quantity, 0);
      expect(ledger).toBe(batch.qtyOnHand);
    }
  });

  it("never records a sale after today or after the batch expired, nor a receipt before production", () => {
    for (const batch of batches) {
      const expiry = calendarDateOf(batch.expiryDate as Date);
      for (const movement of movements.filter((m) => m.batchId === batch.id)) {
        const day = (movement.occurredAt as Date).toISOString().slice(0, 10);
        expect(day <= TODAY).toBe(true);
        if (movement.type === "SALE") expect(day <= expiry).toBe(true);
        expect(day >= calendarDateOf(batch.productionDate as Date)).toBe(true);
      }
    }
  });

  it("gives every product a valid GTIN and a cost below its list price", () => {
    for (const product of products) {
      expect(isValidGtin(product.gtin ?? "")).toBe(true);
      expect(product.costFen).toBeLessThan(product.listPriceFen);
    }
  });

  it("is the same on every run", () => {
    const again = build();
    const strip = ({ id: _id, tenantId: _t, ...rest }: (typeof products)[number]) => rest;
    expect(again.products.map(strip)).toEqual(products.map(strip));
    expect(again.batches.map((b) => [b.lotCode, b.qtyOnHand])).toEqual(
      batches.map((b) => [b.lotCode, b.qtyOnHand]),
    );
  });
});
