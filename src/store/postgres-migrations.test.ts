import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMatomeError } from '../domain/errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { checkMigrationsMatch, POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

describe('PostgreSQL schema steps', () => {
  it('are the SQLite steps by name and order, so a version number means one schema in both', () => {
    assert.deepEqual(
      POSTGRES_MIGRATIONS.map((step) => step.name),
      MIGRATIONS.map((step) => step.name),
    );
    checkMigrationsMatch();
  });

  it('refuse to open when a step was added to one list only, naming both lists', () => {
    const shorter = POSTGRES_MIGRATIONS.slice(0, -1);
    assert.throws(
      () => checkMigrationsMatch(shorter),
      (error: unknown) =>
        isMatomeError(error) &&
        error.code === 'STORE_FAILED' &&
        error.message.includes('differ from the SQLite ones') &&
        (error.hint ?? '').includes('postgres-migrations.ts'),
    );
  });
});
