"""draft files kept once by content in `blobs`, out of `draft_versions`

Each version's bytes move into `blobs` (one row per distinct file, zlib-compressed where that
pays); `draft_versions.data` goes and `draft_versions.sha256` names the blob. The rule for
compressing is written out here, not imported, so this step stays what it was when the app's
own code moves on. One file is in memory at a time.

On SQLite the table is rebuilt (batch mode) with foreign keys on, inside the one transaction of
the whole upgrade: dropping the old table would delete, by cascade, the answers and decisions
that point at its rows. They are kept aside in temporary tables and put back after.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 18:40:00
"""

import hashlib
import zlib
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _encode(data: bytes) -> tuple[str, bytes]:
    trial = data[:256 * 1024]
    if len(zlib.compress(trial, 1)) > 0.9 * len(trial):
        return 'raw', data
    packed = zlib.compress(data, 6)
    return ('zlib', packed) if len(packed) <= 0.9 * len(data) else ('raw', data)


def _children(bind: sa.Connection) -> list[str]:
    """The tables whose rows point at draft versions (and go with them by cascade)."""
    inspector = sa.inspect(bind)
    return [t for t in inspector.get_table_names()
            if any(fk['referred_table'] == 'draft_versions'
                   for fk in inspector.get_foreign_keys(t))]


def _rebuild_draft_versions(bind: sa.Connection, alter: Callable[[BatchOperations], None]
                            ) -> None:
    """Alter ``draft_versions``, on SQLite keeping its children through the table's rebuild."""
    children = _children(bind) if bind.dialect.name == 'sqlite' else []
    for child in children:
        bind.execute(sa.text(f'CREATE TEMP TABLE keep_{child} AS SELECT * FROM {child}'))
    with op.batch_alter_table('draft_versions', schema=None) as batch_op:
        alter(batch_op)
    for child in children:
        bind.execute(sa.text(f'DELETE FROM {child}'))
        bind.execute(sa.text(f'INSERT INTO {child} SELECT * FROM temp.keep_{child}'))
        bind.execute(sa.text(f'DROP TABLE temp.keep_{child}'))


def upgrade() -> None:
    op.create_table(
        'blobs',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('codec', sa.String(length=10), nullable=False),
        sa.Column('stored_size', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs')),
    )
    bind = op.get_bind()
    ids = bind.execute(sa.text('SELECT id FROM draft_versions ORDER BY id')).scalars().all()
    kept: set[str] = set()
    for version_id in ids:
        data = bytes(bind.execute(sa.text('SELECT data FROM draft_versions WHERE id = :id'),
                                  {'id': version_id}).scalar_one())
        digest = hashlib.sha256(data).hexdigest()
        if digest not in kept:
            codec, stored = _encode(data)
            bind.execute(sa.text(
                'INSERT INTO blobs (sha256, size, codec, stored_size, data) '
                'VALUES (:sha, :size, :codec, :stored_size, :data)'),
                {'sha': digest, 'size': len(data), 'codec': codec, 'stored_size': len(stored),
                 'data': stored})
            kept.add(digest)
        bind.execute(sa.text('UPDATE draft_versions SET sha256 = :sha, size = :size '
                             'WHERE id = :id'),
                     {'sha': digest, 'size': len(data), 'id': version_id})

    def drop_data(batch_op: BatchOperations) -> None:
        batch_op.drop_column('data')
        batch_op.create_foreign_key(batch_op.f('fk_draft_versions_sha256_blobs'), 'blobs',
                                    ['sha256'], ['sha256'])

    _rebuild_draft_versions(bind, drop_data)


def downgrade() -> None:
    bind = op.get_bind()

    def add_data(batch_op: BatchOperations) -> None:
        batch_op.drop_constraint(batch_op.f('fk_draft_versions_sha256_blobs'),
                                 type_='foreignkey')
        batch_op.add_column(sa.Column('data', sa.LargeBinary(), nullable=True))

    _rebuild_draft_versions(bind, add_data)
    digests = bind.execute(sa.text('SELECT sha256 FROM blobs')).scalars().all()
    for digest in digests:
        codec, stored = bind.execute(sa.text('SELECT codec, data FROM blobs WHERE sha256 = :sha'),
                                     {'sha': digest}).one()
        data = zlib.decompress(stored) if codec == 'zlib' else bytes(stored)
        bind.execute(sa.text('UPDATE draft_versions SET data = :data WHERE sha256 = :sha'),
                     {'data': data, 'sha': digest})

    def require_data(batch_op: BatchOperations) -> None:
        batch_op.alter_column('data', existing_type=sa.LargeBinary(), nullable=False)

    _rebuild_draft_versions(bind, require_data)
    op.drop_table('blobs')
