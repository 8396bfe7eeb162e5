/** How the API should answer a refused request. */
export type BusinessErrorKind = "BAD_REQUEST" | "CONFLICT" | "NOT_FOUND" | "FORBIDDEN";

/**
 * A request refused for a business reason, with a message for the merchant (in Chinese) and, when
 * one input is to blame, its field. The API turns it into a tRPC error of the same kind; services
 * throw it before their first write, or inside the transaction that is then rolled back.
 */
export class BusinessError extends Error {
  override readonly name: string = "BusinessError";

  constructor(
    readonly kind: BusinessErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
