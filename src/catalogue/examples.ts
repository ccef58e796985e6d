// Questions the web page offers to try, one for each kind of figure a report states. The page shows
// those that the chosen report answers with a figure or a passage (checked through answer(), so
// none asks back), the figures that are not zero first.
export const EXAMPLE_QUESTIONS: readonly string[] = [
  '本年新收政府信息公开申请多少件？',
  '有多少申请予以公开？',
  '部分公开的有多少件？',
  '予以公开占总数的比例是多少？',
  '不予公开的有多少件？',
  '本机关不掌握相关政府信息的有多少件？',
  '行政复议有多少件？',
  '行政诉讼有多少件？',
  '本年制发了多少规范性文件？',
  '行政许可的处理决定有多少件？',
  '存在的主要问题是什么？',
  '有哪些改进措施？',
];
