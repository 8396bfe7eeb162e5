import { handlePosSale } from "@shelfloop/api";
import { database } from "@shelfloop/db";

// POS tills sign each request (see /api/pos/openapi.json); the handler checks the signature itself.
export const POST = (request: Request) => handlePosSale(request, { db: database() });
