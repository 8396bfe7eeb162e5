"use client";

import { useState } from "react";
import { type ProductOption, ProductSearch } from "~/components/product-search";
import { messages } from "~/i18n";
import { ReceiptForm } from "./receipt-form";
import type { ReceivedRow } from "./received-row";

const t = messages.receiving;
const EMPTY = { lotCode: "", productionDate: "", expiryDate: "", quantity: "1" };

/** Receiving without a barcode: find the product, then type the lot, a date and the quantity. */
export function ManualPanel({
  warehouseId,
  canOverride,
  onReceived,
}: {
  warehouseId: string;
  canOverride: boolean;
  onReceived: (row: ReceivedRow) => void;
}) {
  const [product, setProduct] = useState<ProductOption | null>(null);
  // A fresh, empty form for the next lot after each receipt.
  const [receipts, setReceipts] = useState(0);
  return (
    <div className="space-y-4">
      <ProductSearch
        searchLabel={t.searchProduct}
        selectLabel={t.product}
        noneLabel={t.chooseProduct}
        selectedId={product?.id ?? ""}
        onChange={setProduct}
      />
      {product && (
        <ReceiptForm
          key={`${product.id}:${receipts}`}
          warehouseId={warehouseId}
          product={product}
          initial={EMPTY}
          canOverride={canOverride}
          onReceived={(row) => {
            onReceived(row);
            setReceipts((count) => count + 1);
          }}
          onCancel={() => setProduct(null)}
        />
      )}
    </div>
  );
}
