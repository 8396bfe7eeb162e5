// `pnpm db:seed`: the demo convenience chain, with dates relative to today in Asia/Shanghai.
import { todayIn } from "@shelfloop/core";
import { createDatabase } from "../src/client";
import { DEMO_TENANT, DEMO_USERS, seedDemoTenant } from "../src/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const db = createDatabase(url, 1);
try {
  const outcome = await seedDemoTenant(db, todayIn(DEMO_TENANT.timezone));
  if (!outcome.created) {
    console.log(`Demo tenant "${DEMO_TENANT.slug}" already exists; nothing seeded.`);
  } else {
    console.log(`Seeded ${DEMO_TENANT.name}: ${outcome.products} products, ${outcome.batches} batches.`);
    for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(8)} ${user.email}  ${user.password}`);
  }
} finally {
  await db.$disconnect();
}
