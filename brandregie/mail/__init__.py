"""E-mail to agencies: SMTP settings, composing a message with a PDF, sending, and the log.

Plain Python, no Qt: the desktop app's dialogs and tests drive the same functions. Passwords
come from :mod:`brandregie.secrets` only and are never logged, stored or shown.
"""
