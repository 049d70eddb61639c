/** An entry of a reference list: a name and the other names it goes by. */
export interface ListEntry {
  name: string;
  aliases?: string[];
}

/** A repealed instrument and, where one exists, the instrument that replaced it. */
export interface RepealedLaw extends ListEntry {
  successor?: string;
  repealedOn?: string;
}

/** The lists rules read: built-in entries plus those the config adds. */
export interface ReferenceLists {
  cancelledProofs: ListEntry[];
  eLicenses: ListEntry[];
  repealedLaws: RepealedLaw[];
}
