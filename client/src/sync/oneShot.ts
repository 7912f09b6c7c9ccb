/** A single pending timer: scheduling again replaces it. */
export class OneShot {
  private timer: ReturnType<typeof setTimeout> | null = null;

  schedule(ms: number, run: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      run();
    }, ms);
  }

  isScheduled(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
