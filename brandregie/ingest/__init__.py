"""Readers that turn an agency draft (any common format) into one :class:`Document`."""
