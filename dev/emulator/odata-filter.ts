import { badRequest } from "./errors";

/**
 * OData `$filter` for list items and messages: comparisons (eq ne lt le gt ge), and/or/not,
 * parentheses, startswith(), string literals with '' escaping, numbers, booleans, null,
 * datetimes. Hand-written (about 120 lines) because no small, maintained OData parser
 * exists for Node; a recursive-descent parser over a token list is linear in the input.
 */
export type Expr =
  | { kind: "compare"; op: "eq" | "ne" | "lt" | "le" | "gt" | "ge"; path: string; value: Literal }
  | { kind: "startswith"; path: string; value: string }
  | { kind: "and" | "or"; left: Expr; right: Expr }
  | { kind: "not"; expr: Expr };
export type Literal = string | number | boolean | null;

type Tok = { t: "str"; v: string } | { t: "num"; v: number } | { t: "word"; v: string } | { t: "(" } | { t: ")" } | { t: "," };

function lex(input: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === " ") i += 1;
    else if (c === "(" || c === ")" || c === ",") {
      out.push({ t: c });
      i += 1;
    }
    else if (c === "'") {
      let v = "";
      i += 1;
      for (;;) {
        if (i >= input.length) throw badRequest("Invalid filter clause: unterminated string literal.");
        if (input[i] === "'" && input[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (input[i] === "'") break;
        else {
          v += input[i];
          i += 1;
        }
      }
      i += 1;
      out.push({ t: "str", v });
    } else {
      const m = /^[A-Za-z0-9_./:+@$-]+/.exec(input.slice(i, i + 200));
      if (!m) throw badRequest(`Invalid filter clause: unexpected '${c}' at position ${i}.`);
      const word = m[0];
      i += word.length;
      if (/^-?\d+(\.\d+)?$/.test(word)) out.push({ t: "num", v: Number(word) });
      else out.push({ t: "word", v: word });
    }
  }
  return out;
}

export function parseFilter(input: string): Expr {
  const tokens = lex(input);
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const word = (w: string) => peek()?.t === "word" && (peek() as { v: string }).v.toLowerCase() === w;

  const literal = (): Literal => {
    const t = take();
    if (!t) throw badRequest("Invalid filter clause: a value is missing.");
    if (t.t === "str" || t.t === "num") return t.v;
    if (t.t === "word") {
      if (t.v === "true" || t.v === "false") return t.v === "true";
      if (t.v === "null") return null;
      if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(t.v)) return t.v; // unquoted datetime
    }
    throw badRequest(`Invalid filter clause: '${JSON.stringify(t)}' is not a value.`);
  };
  const primary = (): Expr => {
    if (peek()?.t === "(") {
      take();
      const e = or();
      if (take()?.t !== ")") throw badRequest("Invalid filter clause: missing ')'.");
      return e;
    }
    if (word("not")) {
      take();
      return { kind: "not", expr: primary() };
    }
    if (word("startswith")) {
      take();
      if (take()?.t !== "(") throw badRequest("Invalid filter clause: startswith needs '('.");
      const path = take();
      if (take()?.t !== ",") throw badRequest("Invalid filter clause: startswith needs two arguments.");
      const value = literal();
      if (take()?.t !== ")" || path?.t !== "word" || typeof value !== "string") throw badRequest("Invalid filter clause: startswith(field, 'text').");
      return { kind: "startswith", path: path.v, value };
    }
    const path = take();
    if (path?.t !== "word") throw badRequest("Invalid filter clause: expected a property name.");
    const op = take();
    if (op?.t !== "word" || !["eq", "ne", "lt", "le", "gt", "ge"].includes(op.v)) throw badRequest(`Invalid filter clause: unsupported operator after '${path.v}'.`);
    return { kind: "compare", op: op.v as "eq", path: path.v, value: literal() };
  };
  const and = (): Expr => {
    let left = primary();
    while (word("and")) {
      take();
      left = { kind: "and", left, right: primary() };
    }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (word("or")) {
      take();
      left = { kind: "or", left, right: and() };
    }
    return left;
  };
  const expr = or();
  if (at !== tokens.length) throw badRequest("Invalid filter clause: unexpected text after the expression.");
  return expr;
}

/** Every property path an expression reads (for the indexed-column check). */
export function pathsOf(expr: Expr): string[] {
  switch (expr.kind) {
    case "compare":
    case "startswith":
      return [expr.path];
    case "not":
      return pathsOf(expr.expr);
    default:
      return [...pathsOf(expr.left), ...pathsOf(expr.right)];
  }
}

export function evaluate(expr: Expr, read: (path: string) => unknown): boolean {
  switch (expr.kind) {
    case "and":
      return evaluate(expr.left, read) && evaluate(expr.right, read);
    case "or":
      return evaluate(expr.left, read) || evaluate(expr.right, read);
    case "not":
      return !evaluate(expr.expr, read);
    case "startswith": {
      const v = read(expr.path);
      return typeof v === "string" && v.toLowerCase().startsWith(expr.value.toLowerCase());
    }
    case "compare":
      return compare(read(expr.path), expr.op, expr.value);
  }
}

function compare(actual: unknown, op: string, expected: Literal): boolean {
  let a: unknown = actual;
  let b: unknown = expected;
  if (typeof actual === "boolean") a = actual ? 1 : 0;
  if (typeof a === "string" && typeof b === "string" && /^\d{4}-\d{2}-\d{2}T/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b)) {
    a = Date.parse(a);
    b = Date.parse(b);
  } else if (typeof a === "string" && typeof b === "string") {
    a = a.toLowerCase(); // SharePoint text comparisons are case-insensitive
    b = b.toLowerCase();
  }
  if (a === undefined) a = null;
  switch (op) {
    case "eq":
      return a === b;
    case "ne":
      return a !== b;
    case "lt":
      return a !== null && b !== null && (a as number) < (b as number);
    case "le":
      return a !== null && b !== null && (a as number) <= (b as number);
    case "gt":
      return a !== null && b !== null && (a as number) > (b as number);
    default:
      return a !== null && b !== null && (a as number) >= (b as number);
  }
}
