// One field's value — a master record's structured value, or what a channel shows, often as text —
// turned into its comparable form (field-view.ts). The normalisation is exactly guide-format.md's
// ("Channel snapshots"): full-/half-width forms, spaces and line breaks, trailing 。；, bracket
// styles, Chinese numerals in durations, counts and articles, and list order. Nothing more, so that
// a real change in a number, a material, an article, a phone digit or a floor always survives it.
//
// Everything here is defensive: records reach it whatever their shape, and nothing throws. Every
// scan is a loop or a regex that cannot backtrack on itself (a 100 KB field must return at once).
//
// A text that should name a number, an enum or a duration but does not keys as `text:` + its
// normalised form, so it differs from every readable value: the channel shows something the master
// does not say. Each field's reading is described where it is done:
// - name, department, onSiteReason, baseCode, region: plain-text.ts; phone, complaintPhone: phone.ts
// - type, level, processing: enums.ts; subjects: subjects.ts
// - runs: count.ts; onlineDepth: online-depth.ts; timeLimit: time-limit.ts
// - legalBasis: legal-basis.ts; materials: materials.ts; address: address.ts; fee: fee.ts
// - conditions: conditions.ts; process: process.ts
import { readAddress } from "./address.js";
import { readCount } from "./count.js";
import { readEnum } from "./enums.js";
import { viewFee } from "./fee.js";
import type { ComparedField, FieldView } from "./field-view.js";
import { readLegalBasis } from "./legal-basis.js";
import { listView } from "./list.js";
import { readMaterials } from "./materials.js";
import { readDepth } from "./online-depth.js";
import { readPhone } from "./phone.js";
import { readText } from "./plain-text.js";
import { readSubjects } from "./subjects.js";
import { viewTimeLimit } from "./time-limit.js";
import { readConditions } from "./conditions.js";
import { readProcess } from "./process.js";

function viewFieldUnsafe(field: ComparedField, value: unknown): FieldView | undefined {
  switch (field) {
    case "name":
    case "department":
    case "onSiteReason":
    case "baseCode":
    case "region":
    case "phone":
    case "complaintPhone": {
      // A YAML number reads as its digits, flagged: it cannot keep a leading zero, and compare.ts
      // compares it with the other side's leading zeros dropped.
      const text = field === "phone" || field === "complaintPhone" ? readPhone(value) : readText(value);
      return text && typeof value === "number" ? { ...text, number: true } : text;
    }
    case "type":
    case "level":
    case "processing":
      return readEnum(field, value);
    case "runs":
      return readCount(value, "次");
    case "onlineDepth":
      return readDepth(value);
    case "subjects":
      return listView(readSubjects(value), true, "、");
    case "legalBasis":
      return listView(readLegalBasis(value), true, "；");
    case "materials":
      return listView(readMaterials(value), false, "；");
    case "address":
      return listView(readAddress(value), false, "；");
    case "timeLimit":
      return viewTimeLimit(value);
    case "fee":
      return viewFee(value);
    case "conditions":
      return listView(readConditions(value), true, "；");
    case "process":
      return listView(readProcess(value), false, "→");
    default:
      return undefined;
  }
}

/** undefined when the value is absent or cannot be read at all (the caller reports nothing for it). */
export function viewField(field: ComparedField, value: unknown): FieldView | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return viewFieldUnsafe(field, value);
  } catch {
    return undefined;
  }
}
