import { BufferedOutput } from './bufferedOutput';

describe('BufferedOutput', () => {
  it('writes collected texts in large pieces, in order, and the rest on flush', () => {
    const writes: string[] = [];
    const output = new BufferedOutput({ write: text => writes.push(text) });
    const piece = 'x'.repeat(300_000);
    output.write('a');
    output.write('');
    expect(writes).toEqual([]);
    for (let i = 0; i < 4; i++) output.write(piece);
    expect(writes).toEqual([`a${piece.repeat(4)}`]);
    output.write('b');
    output.flush();
    output.flush();
    expect(writes).toEqual([`a${piece.repeat(4)}`, 'b']);
  });
});
