"""Reviewing agency work, Qt-free: assignments, draft versions, checks, answers, decisions.

- :class:`~brandregie.review.service.ReviewService`: the one way the app (and tests) read and
  change review data; one transaction per action, plain records back
  (:mod:`brandregie.review.records`).
- :func:`~brandregie.review.checking.check_draft` / :func:`~brandregie.review.checking.run_check`:
  read and check one stored version (progress, cancel), as a worker does.
- :func:`~brandregie.review.compare.compare_findings`: what a new version fixed, added, kept.
- :func:`~brandregie.review.feedback.save_feedback_report`: the PDF for the agency.
- :func:`~brandregie.review.due.find_deadlines`: overdue and nearly due work (light to import).
"""
