// Exit codes every command shares (documented in the README).
export const EXIT = { ok: 0, findings: 1, badInput: 2, internal: 3 } as const;
