// A copy of a string that does not hold on to the text it was cut from. The YAML and JSON readers
// give values as slices of the file's text, and V8 keeps a slice (13 characters or more) as a
// pointer into its parent: one kept name would keep a whole item file, or a 150 MB list snapshot,
// alive for the rest of the run. Appending a character makes V8 build a new flat string, which the
// slice then points into instead.
export const detach = (value: string): string => (value.length < 13 ? value : `${value} `.slice(0, -1));
