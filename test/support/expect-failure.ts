import assert from 'node:assert/strict';
import { isMatomeError, type MatomeError } from '../../src/domain/errors.ts';

/** The MatomeError a promise rejects with; fails the test when it resolves or rejects otherwise. */
export async function expectMatomeError(promise: Promise<unknown>): Promise<MatomeError> {
  try {
    await promise;
  } catch (error) {
    if (isMatomeError(error)) return error;
    throw error;
  }
  assert.fail('expected a MatomeError');
}
