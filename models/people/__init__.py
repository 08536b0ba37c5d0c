"""People: users, sign-ins, the security settings and who may see what."""
