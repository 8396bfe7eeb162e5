"use client";

import Link from "next/link";
import { format, messages } from "~/i18n";

const t = messages.receiving;

/**
 * A scanned GTIN the catalogue lacks: a link to create the product with the barcode filled in,
 * which brings the user back to receiving into the same warehouse.
 */
export function UnknownProduct({ gtin, warehouseId }: { gtin: string; warehouseId: string }) {
  // The catalogue keeps codes as printed: an EAN-13 is scanned as a GTIN-14 with a leading zero.
  const printed = gtin.length === 14 && gtin.startsWith("0") ? gtin.slice(1) : gtin;
  const returnTo = `/receiving?warehouse=${warehouseId}`;
  const href = `/products/new?gtin=${printed}&returnTo=${encodeURIComponent(returnTo)}`;
  return (
    <p role="status" className="flex flex-wrap items-center gap-3 text-sm text-amber-800">
      {format(t.unknownGtin, { gtin: printed })}
      <Link
        href={href}
        className="rounded-md border border-tremor-border bg-white px-3 py-1 text-tremor-brand hover:bg-tremor-background-subtle"
      >
        {t.createProduct}
      </Link>
    </p>
  );
}
