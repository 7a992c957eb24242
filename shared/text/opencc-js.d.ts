/**
 * Types for the opencc-js dictionary modules we import one by one (the package types only its
 * entry points). Each dictionary is OpenCC's serialised form: "source target|source target|…".
 */
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/TSPhrases' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/CJK_Compatibility_Ideographs' {
  const dictionary: string;
  export default dictionary;
}
