import { BatchDetailView } from "./batch-detail-view";

export default async function BatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <BatchDetailView id={id} />;
}
