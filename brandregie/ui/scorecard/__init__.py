"""The agency scorecard page: a card per agency with its figures and a small fit chart."""
