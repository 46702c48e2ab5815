"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('details', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('office',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region_code', sa.String(length=13), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office')),
    sa.UniqueConstraint('code', name=op.f('uq_office_code'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('operation', sa.String(length=10), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('payload_hash', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('sent_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('entity', 'entity_id', 'version', name='uq_outbox_entity_version')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_state_seq', ['state', 'seq'], unique=False)

    op.create_table('officer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('nip', sa.String(length=18), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_officer_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer'))
    )
    op.create_table('registration_drive',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('drive_date', sa.Date(), nullable=False),
    sa.Column('region_code', sa.String(length=13), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_registration_drive_office_id_office')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_registration_drive_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration_drive'))
    )
    op.create_table('business',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('drive_id', sa.String(length=36), nullable=True),
    sa.Column('business_name', sa.String(length=200), nullable=False),
    sa.Column('owner_name', sa.String(length=200), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('owner_birth_date', sa.Date(), nullable=True),
    sa.Column('owner_sex', sa.String(length=1), nullable=True),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('nib', sa.String(length=13), nullable=True),
    sa.Column('npwp', sa.String(length=16), nullable=True),
    sa.Column('nitku', sa.String(length=22), nullable=True),
    sa.Column('kbli_code', sa.String(length=5), nullable=True),
    sa.Column('kbli_version', sa.String(length=4), nullable=True),
    sa.Column('sector', sa.String(length=100), nullable=True),
    sa.Column('address_line', sa.String(length=500), nullable=True),
    sa.Column('village_code', sa.String(length=13), nullable=True),
    sa.Column('postal_code', sa.String(length=5), nullable=True),
    sa.Column('capital_rupiah', sa.BigInteger(), nullable=True),
    sa.Column('annual_sales_rupiah', sa.BigInteger(), nullable=True),
    sa.Column('scale', sa.String(length=10), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('consent_text_version', sa.String(length=20), nullable=True),
    sa.Column('consent_at', sa.String(length=32), nullable=True),
    sa.Column('duplicate_reason', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['officer.id'], name=op.f('fk_business_created_by_officer')),
    sa.ForeignKeyConstraint(['drive_id'], ['registration_drive.id'], name=op.f('fk_business_drive_id_registration_drive')),
    sa.ForeignKeyConstraint(['updated_by'], ['officer.id'], name=op.f('fk_business_updated_by_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business'))
    )
    with op.batch_alter_table('business', schema=None) as batch_op:
        batch_op.create_index('ix_business_drive_id', ['drive_id'], unique=False)
        batch_op.create_index('ix_business_nib', ['nib'], unique=False)
        batch_op.create_index('ix_business_nik', ['nik'], unique=False)
        batch_op.create_index('ix_business_phone', ['phone'], unique=False)
        batch_op.create_index('ix_business_village_code', ['village_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('business', schema=None) as batch_op:
        batch_op.drop_index('ix_business_village_code')
        batch_op.drop_index('ix_business_phone')
        batch_op.drop_index('ix_business_nik')
        batch_op.drop_index('ix_business_nib')
        batch_op.drop_index('ix_business_drive_id')

    op.drop_table('business')
    op.drop_table('registration_drive')
    op.drop_table('officer')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state_seq')

    op.drop_table('outbox')
    op.drop_table('office')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_entity')

    op.drop_table('audit_event')
