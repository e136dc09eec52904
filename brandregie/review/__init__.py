"""Reviewing agency work, Qt-free: assignments, draft versions, checks, answers, decisions.

:class:`~brandregie.review.service.ReviewService` is the one way the desktop app (and tests)
read and change this data; :func:`~brandregie.review.checking.check_draft` reads and checks one
draft in a worker; :func:`~brandregie.review.compare.compare_findings` tells what a new version
fixed.
"""
