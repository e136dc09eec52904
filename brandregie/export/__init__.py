"""PDF briefs, guides and reports in the brand's own look; design tokens and a Vale style.

Everything here is plain Python over a :class:`~brandregie.profile.snapshot.ProfileSnapshot`;
the desktop app previews the PDFs (QtPdf) and the command line writes them.
"""
