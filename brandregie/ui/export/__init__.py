"""The "Briefs" page: briefs, the brand guide and other documents for the agency, from the app.

:class:`~brandregie.ui.export.page.BriefsPage` is the page;
:class:`~brandregie.ui.export.place.BriefsPlace` is what the main window puts in its "Briefs"
place, building the page on first show so the app starts fast. The PDFs
come from :mod:`brandregie.export`, sending from :mod:`brandregie.mail`. Dutch text:
``resources/translations/briefs_nl.ts``. Nothing heavy is imported here.
"""
