import { posOpenApi } from "@shelfloop/api";

/** The POS open API's OpenAPI 3.1 document, public like the API it describes. */
export const GET = () => Response.json(posOpenApi);
