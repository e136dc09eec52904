"""Assignments and reviews in the desktop app: the list, the drop area, the review view.

:class:`~brandregie.ui.review.page.AssignmentsPage` is the page the main window shows in its
"Assignments and reviews" place; everything else here is a part of it.
"""
