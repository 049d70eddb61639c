// File settings as plain data, for worker threads (a Map does not survive every channel the
// same way) and for cache keys: the distinct settings objects of a run, each once.
import { createHash } from "node:crypto";
import type { FileSettings, RuleSetting } from "../engine/settings.js";

export interface WireSettings {
  rules: Array<[string, RuleSetting]>;
  lists: FileSettings["lists"];
  unitFactors: FileSettings["unitFactors"];
}

export function toWire(settings: FileSettings): WireSettings {
  return { rules: [...settings.rules.entries()], lists: settings.lists, unitFactors: settings.unitFactors };
}

export function fromWire(wire: WireSettings): FileSettings {
  return { rules: new Map(wire.rules), lists: wire.lists, unitFactors: wire.unitFactors };
}

/** The distinct settings objects of the files, and each file's index into them. */
export function settingsTable(settings: readonly FileSettings[]): { table: FileSettings[]; index: number[] } {
  const positions = new Map<FileSettings, number>();
  const table: FileSettings[] = [];
  const index = settings.map((s) => {
    let at = positions.get(s);
    if (at === undefined) {
      at = table.length;
      positions.set(s, at);
      table.push(s);
    }
    return at;
  });
  return { table, index };
}

const keys = new WeakMap<FileSettings, string>();

/** A digest of everything that decides a file's findings besides its text: rules, options, lists, units. */
export function settingsKey(settings: FileSettings): string {
  let key = keys.get(settings);
  if (key === undefined) {
    key = createHash("sha256")
      .update(JSON.stringify(toWire(settings)))
      .digest("hex");
    keys.set(settings, key);
  }
  return key;
}
