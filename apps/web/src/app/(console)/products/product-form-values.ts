import { CATALOGUE_COLUMNS, type ProductField, type ProductValues } from "@shelfloop/core";
import { format, messages } from "~/i18n";

/** The form's text inputs: every field but the active checkbox. */
export type TextField = Exclude<ProductField, "active">;
export const TEXT_FIELDS: readonly TextField[] = [
  "sku",
  "gtin",
  "name",
  "category",
  "shelfLifeDays",
  "unit",
  "costFen",
  "listPriceFen",
];
export type FormText = Record<TextField, string>;
export type FieldErrors = Partial<Record<ProductField, string>>;

/** What the inputs show: a product as its export writes it (prices in yuan), or a blank new one. */
export function formTextOf(product: ProductValues | null, gtin = ""): FormText {
  if (!product) {
    return {
      sku: "",
      gtin,
      name: "",
      category: "",
      shelfLifeDays: "",
      unit: "件",
      costFen: "",
      listPriceFen: "",
    };
  }
  return Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, String(CATALOGUE_COLUMNS[field].exportCell(product) ?? "")]),
  ) as FormText;
}

/**
 * Parses the inputs with the import's own cell parsers, so the form and a spreadsheet accept the same
 * things: yuan by string arithmetic into integer fen (never a float), GTIN check digits, whole days.
 */
export function parseProductForm(
  text: FormText,
  active: boolean,
): { values: ProductValues } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: Partial<Record<ProductField, unknown>> = { active, gtin: null };
  for (const field of TEXT_FIELDS) {
    const input = text[field].trim();
    if (input === "") {
      if (field !== "gtin")
        errors[field] = format(messages.product.required, { field: messages.product.fields[field] });
      continue;
    }
    const parsed = CATALOGUE_COLUMNS[field].parse(input);
    if ("error" in parsed) errors[field] = parsed.error;
    else values[field] = parsed.value;
  }
  // Every field parsed, so the record is complete.
  return Object.keys(errors).length > 0 ? { errors } : { values: values as ProductValues };
}

type ServerError = {
  message: string;
  data?: {
    zodError?: { fieldErrors: Record<string, string[] | undefined> } | null;
    field?: string | null;
  } | null;
};

/** A refused save as messages next to the fields it names, and one for the form when it names none. */
export function serverErrors(error: ServerError | null): { fields: FieldErrors; form: string | null } {
  if (!error) return { fields: {}, form: null };
  const fields: FieldErrors = {};
  for (const [field, [first] = []] of Object.entries(error.data?.zodError?.fieldErrors ?? {}))
    if (first) fields[field as ProductField] = first;
  if (error.data?.field) fields[error.data.field as ProductField] = error.message;
  return { fields, form: Object.keys(fields).length > 0 ? null : error.message };
}

/** Only paths on this site, so a crafted link cannot send the user elsewhere after saving. */
export function safeReturnTo(value: string | null): string | null {
  return value && /^\/(?![/\\])/.test(value) ? value : null;
}
