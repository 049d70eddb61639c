// The tests' seeded generator: the catalog generator's own (mulberry32), so that every generated
// test input is reproducible the same way and there is one copy of it.
// @ts-expect-error plain ESM script without types
import { mulberry32 } from "../../scripts/generate-catalog.mjs";

/** A reproducible generator of numbers in [0, 1) for `seed`. */
export const seededRandom: (seed: number) => () => number = mulberry32;
