"""the agreement on an assignment: budget, agreed scope and rounds, delivery date, invoiced

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('budget_cents', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('budget_hours', sa.Double(), nullable=True))
        batch_op.add_column(sa.Column('hourly_rate_cents', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('agreed_deliverables', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('agreed_rounds', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('agreed_delivery', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('invoiced_cents', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        for column in ('invoiced_cents', 'agreed_delivery', 'agreed_rounds',
                       'agreed_deliverables', 'hourly_rate_cents', 'budget_hours',
                       'budget_cents'):
            batch_op.drop_column(column)
