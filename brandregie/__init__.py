"""BrandRegie: keep your own brand, review agency drafts against it and brief the agency."""

__version__ = "0.1.0"
