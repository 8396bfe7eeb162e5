export * from "./calendar";
export * from "./gtin";
export * from "./money";
export * from "./remaining-bands";
export * from "./roles";
export * from "./shelf-life";
