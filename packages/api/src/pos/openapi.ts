import document from "./openapi.json";

/** The OpenAPI 3.1 description of the POS open API, served at /api/pos/openapi.json. */
export const posOpenApi: Readonly<Record<string, unknown>> = document;
