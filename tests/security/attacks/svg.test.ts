// Issue 12, finding 2 (SVG): an SVG from the content folder is published only rewritten with an
// allowlist: scripts, event handlers, foreignObject, animation and outside references removed.
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../../src/shared/safe-svg.js';

describe('SVG from the content folder', () => {
  it('keeps the drawing and drops everything that runs or reaches outside the file', () => {
    const attack = [
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">',
      '<script>alert(2)</script><a href="javascript:alert(3)"><rect width="5" height="5"/></a>',
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
      '<set attributeName="fill" to="red"/><animate attributeName="href" values="javascript:alert(4)"/>',
      '<image href="https://tracker.example/p.png"/><use href="#shape" xlink:href="https://evil.example/s.svg#x"/>',
      '<rect id="shape" fill="url(#g)" style="fill: url(https://evil.example/x)" ONCLICK="alert(5)"/>',
      '<style>@import url(https://evil.example/x.css);</style><style>rect { fill: #036 }</style>',
      '<text x="1" y="9">Rice &amp; fish &lt;2019&gt;</text></svg>',
    ].join('');
    const safe = sanitizeSvg(attack)!;
    expect(safe).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><use href="#shape"/><rect id="shape" fill="url(#g)"/><style></style><style>rect { fill: #036 }</style><text x="1" y="9">Rice &amp; fish &lt;2019&gt;</text></svg>\n',
    );
  });

  it('refuses what is not well-formed SVG, entity declarations included', () => {
    for (const text of [
      '<svg><g></svg>',
      '<html><script>alert(1)</script></html>',
      '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
      'GIF89a',
      '',
    ]) {
      expect(sanitizeSvg(text), text).toBeUndefined();
    }
  });
});
