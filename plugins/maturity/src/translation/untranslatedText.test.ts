// This test reads the component sources from disk, in Node.
/* eslint-disable no-restricted-imports */
import fs from 'fs';
import path from 'path';
/* eslint-enable no-restricted-imports */
import { findUntranslatedText } from '../__testUtils__/untranslatedText';

const COMPONENTS = path.resolve(__dirname, '../components');

/**
 * Literal values in user-facing places that are not text to translate:
 * placeholders of missing values and separators only.
 */
const ALLOWED = new Set<string>([]);

function componentSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return componentSources(full);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx')
      ? [full]
      : [];
  });
}

describe('texts of the components', () => {
  it('all come from maturityTranslationRef', () => {
    const findings = componentSources(COMPONENTS).flatMap(file =>
      findUntranslatedText(
        path.relative(COMPONENTS, file),
        fs.readFileSync(file, 'utf8'),
        ALLOWED,
      ),
    );
    expect(findings.map(f => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});

describe('findUntranslatedText', () => {
  const find = (source: string) =>
    findUntranslatedText('X.tsx', source).map(f => f.text);

  it('reports JSX text, user-facing props and object properties', () => {
    expect(
      find(`
        const a = <p>Hello there</p>;
        const b = <Button aria-label="Close dialog" id="close-1" />;
        const c = <Field label={open ? 'Open' : t('x.closed')} />;
        const d = <Card title={\`Entities of \${name}\`} />;
        alertApi.post({ message: 'Saved', severity: 'success' });
        const e = <p>{cond ? 'Nothing open' : t('x.open')}</p>;
        let tooltip = t('x.tip');
        tooltip = 'Loading level';
        const emptyText = 'No entities';
      `),
    ).toEqual([
      'Hello there',
      'Close dialog',
      'Open',
      'Entities of …',
      'Saved',
      'Nothing open',
      'Loading level',
      'No entities',
    ]);
  });

  it('leaves keys, ids, class names, punctuation and call arguments alone', () => {
    expect(
      find(`
        const a = <p className="root" data-testid="x">{t('a.b')} · –</p>;
        const b = <T title={t('a.title', { name: title })} />;
        const c = <span>{format(x, 'en-US')}</span>;
        const d = <Chip label={tNode('a.b', { v: 1 })} />;
      `),
    ).toEqual([]);
  });
});
