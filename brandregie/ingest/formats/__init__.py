"""One module per file format; each offers ``read_<format>(data, ctx) -> Document``."""
