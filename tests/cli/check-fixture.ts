// An archive with one problem of most kinds, in two files, for the command-line tests of check.
export const PROBLEM_ARCHIVE: Record<string, string> = {
  'broadsheet.config.json': JSON.stringify({ title: 'Test Times', baseUrl: 'https://news.example.org/', timeZone: 'Asia/Phnom_Penh' }),
  'content/2020/01/a.md': [
    '---',
    'title: Rice farmers expect a bumper harvest',
    'date: 2020-01-15T10:00:00+07:00',
    'photo: /images/field.jpg',
    'prev: 2019/12/gone.md',
    '---',
    'Prices rose, as [we reported](../missing-story/) last week.',
    '',
  ].join('\n'),
  'content/2020/01/b.md': ['---', 'title: Budget vote', 'date: 2020-13-01', '---', 'Text.', ''].join('\n'),
  'content/images/field.jpg': 'jpeg bytes',
};

/** Only warnings: a photo without alt text. */
export const WARNING_ARCHIVE: Record<string, string> = {
  'content/a.md': ['---', 'title: A', 'date: 2020-01-15', 'photo: /images/a.jpg', '---', 'Text.', ''].join('\n'),
  'content/images/a.jpg': 'jpeg bytes',
};
