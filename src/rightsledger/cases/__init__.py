"""Cases (dossiers), membership, the one access check, and the tamper-evident history."""
