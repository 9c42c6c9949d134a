// Names each opening of an entry in the editor, so the core keeps one history version per editing session.
const sessions = new Map<string, string>();

/** Called when the editor opens an entry: what is typed from now on is a new session. */
export function beginEditSession(reflectionId: string): void {
  sessions.set(reflectionId, crypto.randomUUID());
}

export function editSessionOf(reflectionId: string): string {
  const session = sessions.get(reflectionId) ?? crypto.randomUUID();
  sessions.set(reflectionId, session);
  return session;
}
