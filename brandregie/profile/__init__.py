"""The brand profile: schema, immutable snapshots, editing service, revisions and packs."""
