import * as OpenCC from 'opencc-js';
const tw2s = OpenCC.Converter({from:'tw', to:'cn'}); const t2s = OpenCC.Converter({from:'t', to:'cn'});
for (const s of ['著名 顯著 著作 穿著 看著 接著 著急 土著 名著 鍾 於是 昇起 揹著 暱稱 衞生 敍述 檯 面', '著名 显著 著作 穿着 看着 接着 着急 土著 名著']) console.log(tw2s(s), '|', t2s(s));
