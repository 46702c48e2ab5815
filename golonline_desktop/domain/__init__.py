"""Pure Python domain: entities, value objects and validators. No Qt, no SQLAlchemy."""
