"""The home page: the brand at a glance."""
