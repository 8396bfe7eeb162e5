import { PromotionDetailView } from "./promotion-detail-view";

export default async function PromotionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PromotionDetailView id={id} />;
}
