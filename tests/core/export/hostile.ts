/** A note written to break out of its place in a file: Markdown structure, links, HTML, XML-invalid characters. */
export const HOSTILE_NOTE = [
  '# 标题',
  '[x](javascript:alert(1))',
  '<script>alert(1)</script>',
  '**粗体** _斜_ `代码` ~~删~~ &amp; &#60;b&#62;',
  '> 伪造的引用',
  '1. 伪造的列表',
  '- 项目',
  '===',
  '    缩进的代码',
  '| a | b |',
  '![img](http://x/y.png)',
  '控制字符\u0001\u000b\u001f\ufffe孤立代理\ud800结束',
].join('\n');

export const HOSTILE_TAG = '<img src=x onerror=alert(1)>';
export const HOSTILE_AUTHOR = '## 张[三](http://evil)';

/** Characters no exported file may contain (XML 1.0 forbids them; HTML calls them parse errors). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const INVALID_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
