import { AcceptInvitationView } from "./accept-invitation-view";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <AcceptInvitationView token={token} />;
}
