import { expect } from '@open-wc/testing';
import { COALESCE_MS, History } from '../../../src/studio/model/history.js';

describe('History', () => {
  it('undoes and redoes whole states, and a new edit drops the redo steps', () => {
    const history = new History('a');
    history.record('b');
    history.record('c');
    expect(history.undo()).to.equal('b');
    expect(history.undo()).to.equal('a');
    expect(history.undo()).to.equal(undefined);
    expect(history.canUndo).to.equal(false);
    expect(history.redo()).to.equal('b');
    history.record('x');
    expect(history.canRedo).to.equal(false);
    expect(history.undo()).to.equal('b');
  });

  it('makes typing in one field one step, but not across fields, pauses or a sealed step', () => {
    const history = new History('');
    history.record('h', 'name', 1000);
    history.record('ha', 'name', 1100);
    history.record('hal', 'name', 1200);
    expect(history.undo()).to.equal('');
    history.redo();
    history.record('hal!', 'other', 1300);
    expect(history.undo()).to.equal('hal');
    history.record('hal?', 'name', 1400);
    history.record('hal??', 'name', 1400 + COALESCE_MS + 1);
    expect(history.undo()).to.equal('hal?');
    history.record('x', 'name', 5000);
    history.seal();
    history.record('xy', 'name', 5001);
    expect(history.undo()).to.equal('x');
  });

  it('ignores a record of the state it already has, keeps at most `limit` steps, and starts over on reset', () => {
    const history = new History(0, 3);
    history.record(0);
    expect(history.canUndo).to.equal(false);
    for (let i = 1; i <= 5; i++) history.record(i);
    let steps = 0;
    while (history.undo() !== undefined) steps++;
    expect(steps).to.equal(3);
    expect(history.current).to.equal(2);
    history.reset(9);
    expect(history.current).to.equal(9);
    expect(history.canUndo || history.canRedo).to.equal(false);
  });
});
