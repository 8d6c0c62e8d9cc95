/**
 * OData literals. Addresses like `pat.o'brien@example.org` are legal, and an unescaped
 * apostrophe ends the literal early: Graph answers 400, or worse, matches something else.
 * OData v4 §5.1.1.6.1: a single quote inside a string literal is written as two.
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `fields/Name eq 'value'` for a SharePoint list column. */
export function fieldEquals(column: string, value: string | number | boolean): string {
  return `fields/${column} eq ${literal(value)}`;
}

/** `path eq 'a'`, or `(path eq 'a' or path eq 'b' …)` for several values: an address asked for in each of its forms. */
export function equalsAny(path: string, values: readonly string[]): string {
  const each = [...new Set(values)].map((v) => `${path} eq ${odataString(v)}`);
  return each.length === 1 ? each[0]! : `(${each.join(" or ")})`;
}

/** `fields/Name eq 'a'` for one value, or any of several (`equalsAny`). */
export function fieldEqualsAny(column: string, values: readonly string[]): string {
  return equalsAny(`fields/${column}`, values);
}

/**
 * A literal for a list column. Yes/No columns filter reliably as 1/0, not true/false
 * (graph-reference README, "Facts about Graph").
 */
export function literal(value: string | number | boolean): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") return String(value);
  return odataString(value);
}

/**
 * The SDK puts query values into the URL as given; `&`, `#` or `+` in an address would cut
 * or change the query, so values are percent-encoded before they reach it.
 */
export function encodeQueryValue(expression: string): string {
  return encodeURIComponent(expression);
}
