"""Rules and numbers of the desk. No Qt, no SQL, no network."""
