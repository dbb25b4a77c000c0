import { describe, expect, it } from 'vitest';
import { parseUcsXml } from '../../../../src/core/manifest/parse.ts';
import { golden } from '../../../helpers/golden.ts';

const SINGLE = [{ version: '5.9.8.5760', path: 'http://fw.example.local/firmware/' }];

function manifest(images: string, revision = '<REVISION ID="">'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><PHONE_IMAGES>${revision}${images}</REVISION></PHONE_IMAGES>`;
}

function image(version: string, path: string): string {
  return `<PHONE_IMAGE><VERSION>${version}</VERSION><PATH>${path}</PATH></PHONE_IMAGE>`;
}

describe('parseUcsXml reads', () => {
  it('the golden files', () => {
    expect(parseUcsXml(golden('ucs-single.xml'))).toEqual(SINGLE);
    expect(parseUcsXml(golden('ucs-two-versions.xml'))).toEqual([
      { version: '5.9.8.5760', path: 'http://fw.example.local/firmware/5.9.8.5760/' },
      { version: '6.4.6.1234', path: 'http://fw.example.local/firmware/6.4.6.1234/' },
    ]);
    expect(parseUcsXml(golden('ucs-special-chars.xml'))).toEqual([
      {
        version: `4.0.11 "Rev K" <test> & 'beta' ü`,
        path: "https://fw.example.local/r&d/admin's/",
      },
    ]);
  });

  it('labels as strings, zero padding kept, entities unescaped', () => {
    expect(
      parseUcsXml(
        manifest(image('0100', 'http://h/') + image('3.2.4.0267 &amp; Rev&apos;K', 'http://h/b/')),
      ),
    ).toEqual([
      { version: '0100', path: 'http://h/' },
      { version: "3.2.4.0267 & Rev'K", path: 'http://h/b/' },
    ]);
  });

  it.each([
    [
      'REVISION without ID, lower-case utf-8, a BOM, CRLF and stray whitespace',
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<PHONE_IMAGES>\r\n\t<REVISION>\r\n' +
        '\t\t<PHONE_IMAGE>\r\n<VERSION>\r\n  5.9.8.5760  </VERSION>\r\n' +
        '<PATH> http://fw.example.local/firmware/\t</PATH></PHONE_IMAGE>\r\n</REVISION></PHONE_IMAGES>\r\n\r\n',
    ],
    [
      'no declaration, comments, single quotes and CDATA',
      "<!-- served by fw --><PHONE_IMAGES><REVISION ID=''><PHONE_IMAGE><!-- x -->" +
        '<VERSION><![CDATA[5.9.8.5760]]></VERSION><PATH>http://fw.example.local/firmware/</PATH>' +
        '</PHONE_IMAGE></REVISION></PHONE_IMAGES>',
    ],
    [
      'a PATH lacking only the trailing slash, normalized with it',
      manifest(image('5.9.8.5760', 'HTTP://FW.example.local/firmware')),
    ],
    [
      'unknown extra elements inside PHONE_IMAGE, ignored',
      manifest(
        '<PHONE_IMAGE><VERSION>5.9.8.5760</VERSION><NOTE>x</NOTE><PATH>http://fw.example.local/firmware/</PATH></PHONE_IMAGE>',
      ),
    ],
  ])('%s', (_what, text) => {
    expect(parseUcsXml(text)).toEqual(SINGLE);
  });
});

describe('parseUcsXml refuses', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['plain text', 'VERSION=5.9.8.5760', /not well-formed XML/],
    ['broken XML', '<PHONE_IMAGES><REVISION></PHONE_IMAGES>', /not well-formed XML/],
    [
      'an HTML folder listing',
      '<html><body><a href="x">x</a></body></html>',
      /root element is <html>/,
    ],
    [
      'lower-case element names',
      '<phone_images><revision/></phone_images>',
      /root element is <phone_images>/,
    ],
    [
      'a DOCTYPE',
      '<!DOCTYPE PHONE_IMAGES [<!ENTITY v "6.0">]>' + manifest(image('&v;', 'http://h/')),
      /DOCTYPE/,
    ],
    ['no REVISION', '<PHONE_IMAGES></PHONE_IMAGES>', /no REVISION/],
    [
      'two REVISIONs',
      '<PHONE_IMAGES><REVISION/><REVISION/></PHONE_IMAGES>',
      /more than one REVISION/,
    ],
    ['no PHONE_IMAGE', manifest(''), /REVISION has no PHONE_IMAGE/],
    [
      'one VERSION listed twice',
      manifest(image('5.9.8.5760', 'http://a/') + image('5.9.8.5760', 'http://b/')),
      /version 5\.9\.8\.5760 is listed twice/,
    ],
    ['an empty PHONE_IMAGE', manifest('<PHONE_IMAGE/>'), /PHONE_IMAGE 1 has no VERSION/],
    [
      'a missing VERSION',
      manifest('<PHONE_IMAGE><PATH>http://h/</PATH></PHONE_IMAGE>'),
      /PHONE_IMAGE 1 has no VERSION/,
    ],
    ['an empty VERSION', manifest(image('  ', 'http://h/')), /PHONE_IMAGE 1 has an empty VERSION/],
    [
      'two VERSIONs',
      manifest(
        '<PHONE_IMAGE><VERSION>1</VERSION><VERSION>2</VERSION><PATH>http://h/</PATH></PHONE_IMAGE>',
      ),
      /more than one VERSION/,
    ],
    [
      'a VERSION with markup',
      manifest(image('<b>5.9</b>', 'http://h/')),
      /VERSION that is not plain text/,
    ],
    [
      'a missing PATH',
      manifest(image('1.2.3.4', 'http://h/') + '<PHONE_IMAGE><VERSION>5</VERSION></PHONE_IMAGE>'),
      /PHONE_IMAGE 2 has no PATH/,
    ],
    ['an empty PATH', manifest(image('5.9.8.5760', '')), /PHONE_IMAGE 1 has an empty PATH/],
    [
      'a relative PATH',
      manifest(image('5.9.8.5760', 'firmware/')),
      /PATH that is not an absolute http\(s\) folder URL \(not-http\): firmware\//,
    ],
    ['an ftp PATH', manifest(image('5.9.8.5760', 'ftp://h/fw/')), /not-http/],
    ['a PATH with a query', manifest(image('5.9.8.5760', 'http://h/fw/?a=1')), /has-query/],
    ['a PATH with spaces', manifest(image('5.9.8.5760', 'http://h/my fw/')), /has-spaces/],
  ])('%s', (_what, text, reason) => {
    expect(() => parseUcsXml(text)).toThrow(
      expect.objectContaining({
        code: 'manifest-invalid',
        file: 'ucs.xml',
        message: expect.stringMatching(reason),
      }),
    );
  });
});
