import { badRequest } from "./errors";

/**
 * OData `$filter` for list items and messages: comparisons (eq ne lt le gt ge), and/or/not,
 * parentheses, startswith(), string literals with '' escaping, numbers, booleans, null,
 * datetimes. Hand-written because no small, maintained OData parser exists for Node (the
 * candidates are large, unmaintained, or browser query builders). One pass of the lexer,
 * then recursive descent over the tokens: linear in the input. and/or chains are n-ary (a
 * list, not a left-deep tree) so evaluating 10,000 clauses needs no deep recursion, and
 * nesting is capped so `((((…` cannot overflow the stack. Bad syntax is Graph's 400
 * `invalidRequest` "Invalid filter clause".
 */
export type Expr =
  | { kind: "compare"; op: Op; path: string; value: Literal }
  | { kind: "startswith"; path: string; value: string }
  | { kind: "and" | "or"; items: Expr[] }
  | { kind: "not"; expr: Expr };
export type Literal = string | number | boolean | null;
type Op = "eq" | "ne" | "lt" | "le" | "gt" | "ge";

const OPS = new Set(["eq", "ne", "lt", "le", "gt", "ge"]);
const MAX_DEPTH = 50;
const invalid = (why: string) => badRequest(`Invalid filter clause: ${why}`);

type Tok = { t: "str"; v: string } | { t: "num"; v: number } | { t: "word"; v: string } | { t: "(" } | { t: ")" } | { t: "," };

const WORD = /[A-Za-z0-9_./:+@$-]/;

function lex(input: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === " " || c === "\t") i += 1;
    else if (c === "(" || c === ")" || c === ",") {
      out.push({ t: c });
      i += 1;
    } else if (c === "'") {
      // '' inside a literal is one apostrophe: 'o''brien@example.org' is o'brien@example.org.
      let v = "";
      i += 1;
      for (;;) {
        if (i >= input.length) throw invalid("unterminated string literal.");
        if (input[i] === "'" && input[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (input[i] === "'") break;
        else v += input[i++];
      }
      i += 1;
      out.push({ t: "str", v });
    } else if (WORD.test(c)) {
      const start = i;
      while (i < input.length && WORD.test(input[i]!)) i += 1;
      const word = input.slice(start, i);
      out.push(/^-?\d+(\.\d+)?$/.test(word) ? { t: "num", v: Number(word) } : { t: "word", v: word });
    } else throw invalid(`unexpected '${c}' at position ${i}.`);
  }
  return out;
}

export function parseFilter(input: string): Expr {
  const tokens = lex(input);
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const word = (w: string) => {
    const t = peek();
    return t?.t === "word" && t.v.toLowerCase() === w;
  };
  const expect = (t: "(" | ")" | ",", why: string) => {
    if (take()?.t !== t) throw invalid(why);
  };

  const literal = (): Literal => {
    const t = take();
    if (!t) throw invalid("a value is missing.");
    if (t.t === "str" || t.t === "num") return t.v;
    if (t.t === "word") {
      if (t.v === "true" || t.v === "false") return t.v === "true";
      if (t.v === "null") return null;
      if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(t.v)) return t.v; // unquoted DateTimeOffset
    }
    throw invalid(`'${"v" in t ? String(t.v) : t.t}' is not a value.`);
  };
  const primary = (depth: number): Expr => {
    if (depth > MAX_DEPTH) throw invalid("the expression is nested too deeply.");
    if (peek()?.t === "(") {
      take();
      const e = or(depth + 1);
      expect(")", "missing ')'.");
      return e;
    }
    if (word("not")) {
      take();
      return { kind: "not", expr: primary(depth + 1) };
    }
    if (word("startswith")) {
      take();
      expect("(", "startswith needs '('.");
      const path = take();
      expect(",", "startswith needs two arguments.");
      const value = literal();
      expect(")", "startswith takes two arguments.");
      if (path?.t !== "word" || typeof value !== "string") throw invalid("startswith(field, 'text').");
      return { kind: "startswith", path: path.v, value };
    }
    const path = take();
    if (path?.t !== "word") throw invalid("expected a property name.");
    const op = take();
    if (op?.t !== "word" || !OPS.has(op.v)) throw invalid(`unsupported operator after '${path.v}'.`);
    return { kind: "compare", op: op.v as Op, path: path.v, value: literal() };
  };
  const chain = (kind: "and" | "or", next: (depth: number) => Expr) => (depth: number): Expr => {
    const items = [next(depth)];
    while (word(kind)) {
      take();
      items.push(next(depth));
    }
    return items.length === 1 ? items[0]! : { kind, items };
  };
  const and = chain("and", primary);
  const or = chain("or", and);
  if (tokens.length === 0) throw invalid("the filter is empty.");
  const expr = or(0);
  if (at !== tokens.length) throw invalid("unexpected text after the expression.");
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
      return expr.items.flatMap(pathsOf);
  }
}

export function evaluate(expr: Expr, read: (path: string) => unknown): boolean {
  switch (expr.kind) {
    case "and":
      return expr.items.every((e) => evaluate(e, read));
    case "or":
      return expr.items.some((e) => evaluate(e, read));
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

/**
 * Yes/No columns compare as 1/0 (SharePoint stores them as bits): `eq 1` matches, `eq true` does
 * not — the product must write the form that works on SharePoint. Text compares case-insensitively.
 */
function compare(actual: unknown, op: Op, expected: Literal): boolean {
  let a: unknown = actual === undefined ? null : actual;
  let b: unknown = expected;
  if (typeof a === "boolean") a = a ? 1 : 0;
  if (typeof a === "string" && typeof b === "string" && /^\d{4}-\d{2}-\d{2}T/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b)) {
    a = Date.parse(a);
    b = Date.parse(b);
  } else if (typeof a === "string" && typeof b === "string") {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  if (op === "eq") return a === b;
  if (op === "ne") return a !== b;
  if (a === null || b === null) return false;
  const x = a as number | string;
  const y = b as number | string;
  return op === "lt" ? x < y : op === "le" ? x <= y : op === "gt" ? x > y : x >= y;
}
