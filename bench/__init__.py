"""Benchmarks: each script runs with `.venv/bin/python bench/<name>.py` and prints its figures."""
