"""Use cases over the store: registration, import/export, diagnostics. No widgets, no Qt."""
