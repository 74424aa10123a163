/** Keeps the first `limit` notes and counts the rest, so a hostile layer cannot flood a report. */
export class NoteList {
  private readonly kept: string[] = [];
  private extra = 0;

  constructor(private readonly limit: number) {}

  add(note: string): void {
    if (this.kept.length < this.limit) this.kept.push(note);
    else this.extra += 1;
  }

  list(): string[] {
    return this.extra === 0
      ? [...this.kept]
      : [...this.kept, `${this.extra} more notes like these were left out`];
  }
}
