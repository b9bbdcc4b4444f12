// Which claims may be compared at all, for checks whose keys are too weak to compare
// unrelated articles (the generic frame). Until story grouping lands (issue 14), a story
// is approximated by the document's folder, whatever --group-by says; this is the one
// place to replace with story ids.

/** The interim story of a document: its folder ("" for files named without one). */
export function interimStory(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
