// Serves a fake DingTalk robot API for the E2E run (Playwright starts it as a web server).
// One robot: access token "e2e-robot", signing secret "SEC-e2e-right".
import { startFakeDingTalk } from "@shelfloop/channels/testing";

const port = Number(process.argv[2]);
const fake = await startFakeDingTalk({
  robots: [{ accessToken: "e2e-robot", secret: "SEC-e2e-right" }],
  port,
});
console.log(`fake DingTalk on ${fake.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => fake.close().then(() => process.exit(0)));
