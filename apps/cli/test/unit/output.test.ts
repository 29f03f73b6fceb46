import { Writable } from 'node:stream';
import { colorEnabled, createTheme } from '../../src/colors';
import { joinDashValues, wantsJson } from '../../src/argv';
import { Output } from '../../src/output';

/** A stream that records what is written, posing as a terminal or a pipe. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = new Writable({
    write(chunk, _enc, done) {
      s.text += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text: string };
  s.text = '';
  Object.assign(s, { isTTY, columns: 40 });
  return s;
}

describe('colour decisions', () => {
  it('colours terminals only, NO_COLOR always wins, FORCE_COLOR forces it on', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    // a CI log is not a terminal: plain, whatever CI says
    expect(colorEnabled({ isTTY: false }, { CI: 'true' })).toBe(false);
  });

  it('data loss is styled more strongly than a lock warning; off means unchanged text', () => {
    const on = createTheme(true);
    expect(on.danger('x')).toBe('\x1b[1m\x1b[31mx\x1b[39m\x1b[22m');
    expect(on.warning('x')).toBe('\x1b[33mx\x1b[39m');
    const off = createTheme(false);
    for (const style of [off.error, off.hint, off.danger, off.warning, off.revision, off.head, off.success, off.heading, off.dim]) expect(style('x')).toBe('x');
  });
});

describe('Output', () => {
  const env = { TERM: 'xterm-256color' };

  it('redraws one progress line on a terminal and clears it before other output', () => {
    const [stdout, stderr] = [stream(false), stream(true)];
    const out = new Output({ quiet: false, stdout, stderr, env });
    out.live('[1/2] a → b');
    out.live('[2/2] b → c  a message far too long for a forty-column terminal');
    out.info('done');
    expect(stderr.text).toBe('\r\x1b[2K[1/2] a → b' + '\r\x1b[2K[2/2] b → c  a message far too long fo…' + '\r\x1b[2K' + 'done\n');
  });

  it('prints plain lines where it cannot redraw (a pipe, --json) and nothing under --quiet', () => {
    const piped = stream(false);
    new Output({ quiet: false, stdout: stream(false), stderr: piped, env }).live('[1/2] a → b');
    expect(piped.text).toBe('[1/2] a → b\n');
    const jsonErr = stream(true);
    new Output({ quiet: false, json: true, stdout: stream(false), stderr: jsonErr, env }).live('[1/2] a → b');
    expect(jsonErr.text).toBe('[1/2] a → b\n');
    const quiet = stream(true);
    new Output({ quiet: true, stdout: stream(false), stderr: quiet, env }).live('[1/2] a → b');
    expect(quiet.text).toBe('');
  });

  it('colours each stream on its own: a piped stdout stays plain next to a terminal stderr', () => {
    const out = new Output({ quiet: false, stdout: stream(false), stderr: stream(true), env });
    expect(out.out.enabled).toBe(false);
    expect(out.err.enabled).toBe(true);
  });
});

describe('argv', () => {
  it('glues a value that starts with a dash to -r/--rev-range/--head', () => {
    expect(joinDashValues(['history', '-r', '-3:current'])).toEqual(['history', '-r=-3:current']);
    expect(joinDashValues(['history', '--rev-range', '-1:'])).toEqual(['history', '--rev-range=-1:']);
    expect(joinDashValues(['revision', '--head', '-1', '-m', 'x'])).toEqual(['revision', '--head=-1', '-m', 'x']);
    expect(joinDashValues(['history', '-r', 'base:head', '-v'])).toEqual(['history', '-r', 'base:head', '-v']);
    expect(joinDashValues(['downgrade', '-1', '--', '-r', '-2'])).toEqual(['downgrade', '-1', '--', '-r', '-2']);
  });

  it('knows when errors must be JSON', () => {
    expect(wantsJson(['upgrade', 'head', '--json'])).toBe(true);
    expect(wantsJson(['check', '--format', 'json'])).toBe(true);
    expect(wantsJson(['check', '--format=json'])).toBe(true);
    expect(wantsJson(['check', '--format', 'markdown'])).toBe(false);
  });
});
