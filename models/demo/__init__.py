"""Demo data: realistic applications in every state, for trying the program out."""
