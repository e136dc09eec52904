"""PDF briefs, guides and reports in the brand's own look; design tokens and a Vale style.

Everything here is plain Python over a :class:`~brandregie.profile.snapshot.ProfileSnapshot`;
the desktop app previews the PDFs (QtPdf) and the command line writes them. The entry points:

- :func:`brandregie.export.brief.build_brief` with a :class:`~brandregie.export.brief.BriefRequest`
- :func:`brandregie.export.guide.build_guide`
- :func:`brandregie.export.feedback.build_feedback_report` with a
  :class:`~brandregie.export.feedback.FeedbackReportInput`
- :func:`brandregie.export.advocacy.build_advocacy_kit`,
  :func:`brandregie.export.employer.build_employer_plan`
- :func:`brandregie.export.tokens.design_tokens_json`, ``design_tokens_css``
- :func:`brandregie.export.vale.write_vale_package`

Each PDF builder takes a path or a binary stream, ``lang`` (``nl``/``en``), an optional
``progress(done, total)`` callback (raising in it cancels) and ``strict`` (``False``: a damaged
font or logo is replaced or left out and reported in :attr:`ExportResult.warnings`).
"""

from brandregie import childproc

#: Loaded by the child-process server (:func:`brandregie.childproc.preload`), so every layout in
#: a child starts with ReportLab, the fonts and the messages in place. Named here, not in
#: ``documents``, which the preload module itself imports.
PRELOAD_MODULE = "brandregie.export.preload"
childproc.preload(PRELOAD_MODULE)
