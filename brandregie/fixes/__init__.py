"""Fixes: the brand's own version of what a check found, proposed before it is applied."""
