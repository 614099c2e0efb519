// The component's own words: only its status lines. Everything in the picture comes from the server's scene.
const TEXT = {
  en: {
    loading: 'Loading lineage…',
    failed: 'The lineage could not be loaded: ',
    figure: 'Lineage graph',
    program: 'Program',
  },
  ja: {
    loading: '系譜を読み込み中…',
    failed: '系譜を読み込めませんでした: ',
    figure: '系譜図',
    program: '事業',
  },
};

export function text(lang) {
  return TEXT[lang] ?? TEXT.ja;
}
