"""The reference central server for GoOnline Desktop sync (API v1, ``golonline_desktop.wire``)."""
