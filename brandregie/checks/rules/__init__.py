"""The rules, one module per category; each rule is a :class:`~brandregie.checks.context.Rule`."""
