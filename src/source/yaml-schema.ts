// The schema a checked item is read with on the fast path: YAML 1.2's core schema exactly as the
// `yaml` package (the careful path, the locator, the fixer) reads it. js-yaml's own CORE_SCHEMA
// takes more as numbers (0b1, +0x1 and -0o7 are numbers, -.5 is text) and less (an unquoted
// 11510904002910229E4000701500000 is text to it, Infinity to YAML 1.2), so one value was read two
// ways depending on whether the file held an anchor. Each implicit type is the spec's regular
// expression (YAML 1.2.2, 10.3.2). Channel snapshots and data files keep js-yaml's reading: they
// are exports we compare, not files the maintainer fixes, and their unquoted codes must stay codes.
import { FAILSAFE_SCHEMA, Type } from "js-yaml";

const NULL = /^(?:~|null|Null|NULL)?$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;

const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

const nullType = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (data: string) => NULL.test(data),
  construct: () => null,
  predicate: (value: unknown) => value === null,
  // Dumping (an imported record is written with this schema) needs each type's written form.
  represent: () => "null",
});

const bool = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (data: string) => TRUE.test(data) || FALSE.test(data),
  construct: (data: string) => TRUE.test(data),
  predicate: (value: unknown) => typeof value === "boolean",
  represent: (value: object) => (value ? "true" : "false"),
});

const int = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: string) => DECIMAL.test(data) || OCTAL.test(data) || HEX.test(data),
  construct: (data: string) => (OCTAL.test(data) ? Number.parseInt(data.slice(2), 8) : HEX.test(data) ? Number.parseInt(data.slice(2), 16) : Number(data)),
  predicate: (value: unknown) => typeof value === "number" && Number.isInteger(value),
  represent: (value: object) => String(value),
});

const float = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data: string) => FLOAT.test(data) || INFINITY.test(data) || NAN.test(data),
  construct: (data: string) => (NAN.test(data) ? Number.NaN : INFINITY.test(data) ? (data.startsWith("-") ? -Infinity : Infinity) : Number(data)),
  predicate: (value: unknown) => typeof value === "number",
  represent: (value: object) => {
    const n = Number(value);
    return Number.isNaN(n) ? ".nan" : n === Infinity ? ".inf" : n === -Infinity ? "-.inf" : String(n);
  },
});

/** YAML 1.2 core, as the `yaml` package reads it (its default). */
export const YAML_CORE = FAILSAFE_SCHEMA.extend({ implicit: [nullType, bool, int, float] });
