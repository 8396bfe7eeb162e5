/** One lot received on this page, for the "本次收货" list. */
export interface ReceivedRow {
  batchId: string;
  productName: string;
  sku: string;
  lotCode: string;
  quantity: number;
  expiryDate: string;
  remainingDays: number;
  tier: { key: string; name: string; color: string };
  /** Tells apart receipts of the same lot added to one batch. */
  at: number;
}
