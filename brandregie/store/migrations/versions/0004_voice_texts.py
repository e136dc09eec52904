"""the owner's "sounds like us" texts, for the voice check

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('voice_texts',
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['brand_id'], ['brands.id'], name=op.f('fk_voice_texts_brand_id_brands'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voice_texts'))
    )
    with op.batch_alter_table('voice_texts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voice_texts_brand_id'), ['brand_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('voice_texts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voice_texts_brand_id'))
    op.drop_table('voice_texts')
