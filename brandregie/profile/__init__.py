"""The brand profile: schema, immutable snapshots, editing service, revisions and packs.

Also what works on a whole stored brand: save conflicts and their merge (``conflict``) and
moving a brand with all it owns between databases (``transfer``).
"""
