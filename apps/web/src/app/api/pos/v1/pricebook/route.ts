import { handlePosPriceBook } from "@shelfloop/api";
import { database } from "@shelfloop/db";

// POS tills sign each request (see /api/pos/openapi.json); the handler checks the signature itself.
export const GET = (request: Request) => handlePosPriceBook(request, { db: database() });
