/** Who is acting. In a simple trigger the email is often blank (PLATFORM.md): never key state on it there. */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** Identifies the editing user without authorization, even in a simple onEdit. */
export function temporaryUserKey(): string {
  try {
    return Session.getTemporaryActiveUserKey() || 'anonyme';
  } catch {
    return 'anonyme';
  }
}
