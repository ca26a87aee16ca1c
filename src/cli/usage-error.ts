// A mistake in how the command was called (unknown option, bad --as-of). Exit code 2.
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
