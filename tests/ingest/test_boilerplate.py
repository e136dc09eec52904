"""Page furniture is not prose: the readers drop share, navigation and cookie lines."""

from __future__ import annotations

from brandregie.ingest import read_bytes
from brandregie.ingest.boilerplate import is_boilerplate

PAGE = """Skip to main content

Terug naar overzicht

Onze bakkerij

Wij bakken elke nacht ons brood.
Deel dit artikel
Print deze pagina

Leestijd 3 min.

Terug naar boven
"""


def test_a_saved_page_keeps_its_prose_and_loses_its_furniture() -> None:
    document = read_bytes(PAGE.encode(), "pagina.txt")
    assert document.text == "Onze bakkerij\n\nWij bakken elke nacht ons brood."


def test_a_sentence_that_mentions_sharing_is_kept() -> None:
    assert not is_boilerplate("Deel dit artikel met je collega's als je het goed vond.")
    assert not is_boilerplate("Lees meer over ons brood op de volgende pagina.")
    assert is_boilerplate("» Lees meer")


def test_html_navigation_footers_and_cookie_bars_are_not_read() -> None:
    page = b"""<html><body>
      <nav><a href="/">Home</a> <a href="/over">Over ons</a></nav>
      <div class="cookie-banner">Wij gebruiken cookies. Akkoord?</div>
      <h1>Vacature bakker</h1>
      <p>Wij zoeken een bakker die van vroeg opstaan houdt.</p>
      <div class="share-buttons">Facebook LinkedIn</div>
      <span aria-hidden="true">Sluiten</span>
      <footer>Bakkerij Korenaar, Zwolle. Alle rechten voorbehouden.</footer>
    </body></html>"""
    document = read_bytes(page, "vacature.html")
    assert document.text == ("Vacature bakker\n\n"
                             "Wij zoeken een bakker die van vroeg opstaan houdt.")
