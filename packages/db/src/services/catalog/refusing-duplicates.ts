import { Prisma } from "../../generated/prisma/client";
import { BusinessError } from "../errors";

/**
 * Writes are checked for duplicate SKUs and GTINs first; the unique index can still refuse one when
 * another request saved the same code in between. That surfaces as a CONFLICT, never as a P2002.
 */
export async function refusingDuplicates<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const field = JSON.stringify(error.meta ?? {}).includes("gtin") ? "gtin" : "sku";
      throw new BusinessError(
        "CONFLICT",
        `${field === "gtin" ? "条码" : "SKU"}刚被其他人保存的商品占用，请刷新后重试`,
        field,
      );
    }
    throw error;
  }
}
