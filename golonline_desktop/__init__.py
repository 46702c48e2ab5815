"""GoOnline Desktop: the field officer's application for UMKM Go Online registration drives."""

__version__ = "0.1.0"
APP_NAME = "GoOnline Desktop"
ORG_NAME = "GoOnline"
