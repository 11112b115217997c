// Workers finish in any order; what a batch prints follows the order of its
// inputs, so the same archive gives the same stdout and the same failure lines
// on stderr with one worker or several.

export class InputOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  /** Hand in the value of input `index`; returns the values now due, in input order. */
  put(index: number, value: T): T[] {
    this.waiting.set(index, value);
    const due: T[] = [];
    while (this.waiting.has(this.next)) {
      due.push(this.waiting.get(this.next) as T);
      this.waiting.delete(this.next++);
    }
    return due;
  }

  /** What is still waiting behind an input that never came (an interrupted run), in input order. */
  rest(): T[] {
    const indices = [...this.waiting.keys()].sort((a, b) => a - b);
    const values = indices.map((i) => this.waiting.get(i) as T);
    this.waiting.clear();
    return values;
  }
}
