/**
 * Hands the server's messages on in the order they arrived: a snapshot being
 * read (decompressed, parsed) holds back the events and answers that came
 * after it, so nothing newer is folded in before it.
 */
export class InOrder {
  private last: Promise<void> = Promise.resolve();

  push(step: () => void | Promise<void>): void {
    this.last = this.last.then(step).catch((error: unknown) => {
      console.error("Einklang: a message from the server could not be handled", error);
    });
  }
}
