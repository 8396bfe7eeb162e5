import { readScan, receiptDatesFromScan, todayIn } from "@shelfloop/core";
import { BusinessError, previewReceipt, productByGtin } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { resolveScanInput } from "./stock.types";

/**
 * A scanned (or pasted) barcode for the receiving page: what it says, the product it names (null for
 * a GTIN the catalogue lacks, so the page can offer to create it), and the receipt it suggests — the
 * label's dates resolved with the product's shelf life, days left and the tier. A code that cannot
 * be read is refused with the reason, against the scan field.
 */
export const resolveScan = roleProcedure("STAFF")
  .input(resolveScanInput)
  .query(async ({ ctx, input }) => {
    const scan = readScan(input.code, todayIn(ctx.tenant.timezone));
    if (!scan.ok) throw new BusinessError("BAD_REQUEST", scan.error, "code");
    const dates = receiptDatesFromScan(scan);
    const quantity = scan.count ?? 1;
    const product = await productByGtin(ctx.tx, scan.gtin);
    const preview = product
      ? await previewReceipt(ctx.tx, {
          warehouseId: input.warehouseId,
          productId: product.id,
          ...dates,
          quantity,
          now: new Date(),
        })
      : null;
    return {
      scan: {
        gtin: scan.gtin,
        lot: scan.lot ?? null,
        productionDate: dates.productionDate ?? null,
        expiryDate: dates.expiryDate ?? null,
      },
      quantity,
      product,
      preview,
    };
  });
