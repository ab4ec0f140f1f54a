import { describe, expect, it, vi } from 'vitest';
import type { ConsoleBoard } from '../../../shared/schemas/console';
import { createTestQueryClient } from '../../../test/setup/renderer-providers';
import { consoleKeys } from '../api/console/keys';
import { aBoard, aClaimsPatch, aQueue } from '../features/console/test-fixtures';
import { BoardPatches } from './board-patches';

const stream = 'run-1';
const boardAt = (seq: number, waiting: number) =>
  aBoard({ version: { stream, seq }, queues: [aQueue({ waiting })] });

function setUp(cached?: ConsoleBoard) {
  const queryClient = createTestQueryClient();
  if (cached !== undefined) queryClient.setQueryData(consoleKeys.board(), cached);
  let answer: (board: ConsoleBoard) => void = () => undefined;
  const resync = vi.fn(
    () =>
      new Promise<ConsoleBoard>((resolve) => {
        answer = resolve;
      }),
  );
  const patches = new BoardPatches({ queryClient, resync, logger: { warn: vi.fn() } });
  const waiting = () =>
    queryClient.getQueryData<ConsoleBoard>(consoleKeys.board())?.queues[0]?.waiting;
  return { patches, resync, waiting, answer: (board: ConsoleBoard) => answer(board) };
}

describe('the lead’s board from the gateway’s patches', () => {
  it('applies each patch to the board it was made from', () => {
    const { patches, resync, waiting } = setUp(boardAt(1, 3));
    patches.apply(aClaimsPatch(1, 4));
    patches.apply(aClaimsPatch(2, 6));
    expect(waiting()).toBe(6);
    expect(resync).not.toHaveBeenCalled();
  });

  it('asks for the whole board once after a missed push, and drops the patches until it comes', async () => {
    const { patches, resync, waiting, answer } = setUp(boardAt(1, 3));
    patches.apply(aClaimsPatch(2, 9)); // 1 → 2 never came
    patches.apply(aClaimsPatch(3, 8));
    expect(resync).toHaveBeenCalledTimes(1);
    expect(waiting()).toBe(3);

    answer(boardAt(4, 5));
    await vi.waitFor(() => expect(waiting()).toBe(5));
    patches.apply(aClaimsPatch(4, 7));
    expect(waiting()).toBe(7);
    expect(resync).toHaveBeenCalledTimes(1);
  });

  it('ignores patches while no board is cached (the console not opened): opening it fetches one', () => {
    const { patches, resync, waiting } = setUp();
    patches.apply(aClaimsPatch(1, 4));
    expect(waiting()).toBeUndefined();
    expect(resync).not.toHaveBeenCalled();
  });
});
