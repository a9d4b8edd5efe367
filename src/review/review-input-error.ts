/** Bad input to the review (arguments, a folder that is not a synthesis, a base that does not synthesize): one line, exit 1. */
export class ReviewInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReviewInputError";
  }
}
