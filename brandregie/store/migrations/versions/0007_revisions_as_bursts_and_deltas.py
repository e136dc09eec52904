"""revisions kept small: bursts of saves as one revision, the profile compressed as a delta

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 19:00:00

Every existing revision is kept, with its number: its pack JSON and files move into ``data``
(zlib; a delta against the newest keyframe before it, a keyframe every 64 revisions or when a
delta drifts to half a whole one), exactly as ``brandregie/profile/revision_data.py`` writes
them. The encoder is copied here on purpose: a migration must keep doing what it did when it
shipped, whatever the app's code becomes.
"""

import json
import zlib
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYFRAME_EVERY = 64
CHUNK = 500

_revisions = sa.table(
    'revisions', sa.column('id', sa.Integer()), sa.column('brand_id', sa.Integer()),
    sa.column('number', sa.Integer()), sa.column('created_at', sa.DateTime(timezone=True)),
    sa.column('profile', sa.JSON()), sa.column('files', sa.JSON()),
    sa.column('first_number', sa.Integer()), sa.column('started_at', sa.DateTime(timezone=True)),
    sa.column('base_number', sa.Integer()), sa.column('data', sa.LargeBinary()))


def _dump(profile: Any, files: Any) -> bytes:
    return json.dumps({"profile": profile, "files": files or {}}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def _encode(raw: bytes, keyframe: bytes | None) -> bytes:
    if keyframe is None:
        return zlib.compress(raw, 9)
    packer = zlib.compressobj(9, zdict=keyframe)
    return packer.compress(raw) + packer.flush()


def _decode(data: bytes, keyframe: bytes | None) -> bytes:
    if keyframe is None:
        return zlib.decompress(data)
    unpacker = zlib.decompressobj(zdict=keyframe)
    return unpacker.decompress(data) + unpacker.flush()


def _chunks(conn: sa.Connection, brand_id: int, columns: Sequence[str]
            ) -> Any:
    """The brand's revisions oldest first, CHUNK rows at a time (a long history never sits
    in memory whole)."""
    last = -1
    while True:
        rows = conn.execute(sa.select(*(_revisions.c[c] for c in columns)).where(
            _revisions.c.brand_id == brand_id, _revisions.c.number > last)
            .order_by(_revisions.c.number).limit(CHUNK)).mappings().all()
        if not rows:
            return
        yield from rows
        last = rows[-1]['number']


def _compress_history(conn: sa.Connection, brand_id: int) -> None:
    keyframe: tuple[int, bytes, bytes] | None = None  # number, raw JSON, stored bytes
    deltas = 0
    for row in _chunks(conn, brand_id, ('id', 'number', 'created_at', 'profile', 'files')):
        raw = _dump(row['profile'], row['files'])
        base, data = None, _encode(raw, None)
        if keyframe is not None:
            delta = _encode(raw, keyframe[1])
            if deltas + 1 < KEYFRAME_EVERY and 2 * len(delta) <= len(keyframe[2]):
                base, data = keyframe[0], delta
        if base is None:
            keyframe, deltas = (row['number'], raw, data), 0
        else:
            deltas += 1
        conn.execute(_revisions.update().where(_revisions.c.id == row['id']).values(
            first_number=row['number'], started_at=row['created_at'], base_number=base,
            data=data))


def upgrade() -> None:
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_number', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('started_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('saves', sa.Integer(), nullable=False,
                                      server_default='1'))
        batch_op.add_column(sa.Column('kept', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('base_number', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('data', sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    for brand_id in conn.execute(sa.select(_revisions.c.brand_id).distinct()).scalars().all():
        _compress_history(conn, brand_id)
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.alter_column('first_number', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('started_at', existing_type=sa.DateTime(timezone=True),
                              nullable=False)
        batch_op.alter_column('data', existing_type=sa.LargeBinary(), nullable=False)
        batch_op.drop_column('profile')
        batch_op.drop_column('files')
        batch_op.create_index('ix_revisions_brand_id_base_number', ['brand_id', 'base_number'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index('ix_revisions_brand_id_base_number')
        batch_op.add_column(sa.Column('profile', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('files', sa.JSON(), nullable=True))
    conn = op.get_bind()
    for brand_id in conn.execute(sa.select(_revisions.c.brand_id).distinct()).scalars().all():
        keyframes: dict[int, bytes] = {}
        for row in _chunks(conn, brand_id, ('id', 'number', 'base_number', 'data')):
            base = row['base_number']
            raw = _decode(row['data'], None if base is None else keyframes[base])
            if base is None:
                keyframes[row['number']] = raw
            content = json.loads(raw)
            conn.execute(_revisions.update().where(_revisions.c.id == row['id']).values(
                profile=content['profile'], files=content['files']))
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.alter_column('profile', existing_type=sa.JSON(), nullable=False)
        batch_op.alter_column('files', existing_type=sa.JSON(), nullable=False)
        for column in ('data', 'base_number', 'kept', 'saves', 'started_at', 'first_number'):
            batch_op.drop_column(column)
