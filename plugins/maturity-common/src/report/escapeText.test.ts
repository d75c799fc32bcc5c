import { escapeHtml, escapeMarkdown, safeUrl } from './escapeText';

describe('escapeText', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml('plain')).toBe('plain');
  });

  it('keeps Markdown cells on one line with syntax escaped', () => {
    expect(escapeMarkdown('a|b\r\nc\nd\\e *f* [g](h) <i>&')).toBe(
      'a\\|b c d\\\\e \\*f\\* \\[g\\]\\(h\\) &lt;i&gt;&amp;',
    );
    expect(escapeMarkdown(`"quoted" it's`)).toBe(`"quoted" it's`);
  });

  it('accepts only http(s) link targets', () => {
    expect(safeUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeUrl(['javascript', 'alert(1)'].join(':'))).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});
