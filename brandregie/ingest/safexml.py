"""One XML parser for every reader: no entities, no DTD, no network, no huge trees."""

from __future__ import annotations

from lxml import etree

from brandregie.ingest.errors import damaged
from brandregie.ingest.safezip import check_xml


def parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_comments=True,
                           remove_pis=True)


def parse_xml(body: bytes, name: str, kind: str) -> etree._Element:
    """The root element of ``body``; typed errors for entities and broken XML."""
    check_xml(body, name)
    try:
        return etree.fromstring(body, parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise damaged(name, kind) from exc
