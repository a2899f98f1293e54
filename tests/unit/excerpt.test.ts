import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/excerpt';

describe('excerptParts', () => {
  it('keeps the marks around matches', () => {
    expect(excerptParts('Гастроли <mark>театра</mark> в Могилёве')).toEqual([
      { text: 'Гастроли ', marked: false },
      { text: 'театра', marked: true },
      { text: ' в Могилёве', marked: false },
    ]);
  });

  it('turns any other markup into inert text or drops the tag', () => {
    const parts = excerptParts('a <img src=x onerror=alert(1)> b &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(parts.map((part) => part.text).join('')).toBe('a  b <script>alert(1)</script>');
    expect(parts.every((part) => !part.marked)).toBe(true);
  });

  it('decodes entities once', () => {
    expect(excerptParts('ООО &quot;Дюна&quot; &amp;amp;')[0]!.text).toBe('ООО "Дюна" &amp;');
  });
});
