"""The portal (`checker serve`): a thin web face over the library, as cli.py is a thin command-line
face. portal (its tables and scoped queries) → security (passwords, tokens, CSRF, headers, limits,
the office's clock) → permissions (who is asking) → work (what it asks of the checker) → pages (what
every page shares) → office, county, drafts (the views, by who asks) → app (the factory) → serve (the command)."""
