import { describe, expect, it } from 'vitest';
import type { LabResult } from '@/labs/exercises/types';
import { outcomeOf } from './outcome';

describe('outcomeOf', () => {
  it('keeps objective ids, pass and completion only', () => {
    const result = {
      lab: 'dockerfile-nonroot',
      complete: false,
      objectives: [
        { id: 'non-root', title: '비루트', pass: false, reason: 'USER root (secret text)', file: 'Dockerfile' },
        { id: 'pinned', title: '고정', pass: true, reason: '' },
      ],
      result: { version: 1, results: [] },
    } as unknown as LabResult;
    expect(outcomeOf(result)).toEqual({
      labId: 'dockerfile-nonroot',
      objectives: [
        { id: 'non-root', pass: false },
        { id: 'pinned', pass: true },
      ],
      complete: false,
    });
  });
});
